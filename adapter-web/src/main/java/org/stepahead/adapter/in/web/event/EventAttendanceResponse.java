package org.stepahead.adapter.in.web.event;

import java.time.LocalDate;
import java.util.UUID;

/** Response: one event's attendance counts (attended = present + guests; total = every line of the list). */
public record EventAttendanceResponse(
        UUID eventId,
        LocalDate date,
        String title,
        UUID programId,
        UUID activityId,
        int present,
        int absent,
        int guests,
        int attended,
        int total) {}
