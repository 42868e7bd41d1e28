package org.stepahead.application.port.out;

import java.time.LocalDate;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;

/**
 * Which events attendance is counted over: the scheduled (not cancelled) events of a community, optionally only
 * those of one program, optionally only from and/or to a day (both included).
 */
public record AttendanceCriteria(CommunityId communityId, ProgramId programId, LocalDate from, LocalDate to) {

    public AttendanceCriteria {
        if (communityId == null) {
            throw new IllegalArgumentException("communityId is required");
        }
    }
}
