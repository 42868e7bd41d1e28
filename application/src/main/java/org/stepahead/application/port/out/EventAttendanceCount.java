package org.stepahead.application.port.out;

import java.time.LocalDate;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;

/** The attendance counts of one event: members present and absent, and guests. */
public record EventAttendanceCount(
        EventId eventId,
        LocalDate date,
        String title,
        ProgramId programId,
        ActivityId activityId,
        int present,
        int absent,
        int guests) {}
