package org.stepahead.application.port.in.event;

import java.time.LocalDate;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;

/**
 * Read model: one event's attendance counts — members present, members absent, guests, {@code attended} (present +
 * guests: everyone who came) and {@code total} (every line of the list: present + absent + guests).
 */
public record EventAttendanceView(
        EventId eventId,
        LocalDate date,
        String title,
        ProgramId programId,
        ActivityId activityId,
        int present,
        int absent,
        int guests,
        int attended,
        int total) {}
