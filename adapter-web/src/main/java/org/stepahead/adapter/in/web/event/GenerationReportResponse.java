package org.stepahead.adapter.in.web.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response: the events generation created, those that already existed, and each activity's occurrences. */
public record GenerationReportResponse(
        UUID programId,
        List<GeneratedEvent> created,
        List<GeneratedEvent> existing,
        List<ActivityOccurrencesResponse> activities) {

    /** One event of an occurrence. */
    public record GeneratedEvent(UUID eventId, UUID activityId, String title, LocalDate occurrence, LocalDate date) {}
}
