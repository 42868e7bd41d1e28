package org.stepahead.application.port.in.event;

import java.time.LocalDate;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;

/**
 * Query: attendance over the events of a community, or of one program (then the community may be left out), from
 * and/or to a day (both included, both optional).
 */
public record AttendanceSummaryQuery(CommunityId communityId, ProgramId programId, LocalDate from, LocalDate to) {

    /** Refuses a query that names neither a community nor a program. */
    public AttendanceSummaryQuery {
        if (communityId == null && programId == null) {
            throw CommandValidation.missing("communityId");
        }
    }
}
