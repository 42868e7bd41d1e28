package org.stepahead.adapter.in.web.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Request: generate the events of a program's activities from their schedules — of one activity, of one stage's
 * activities, or of all — skipping extra non-working periods too.
 */
public record GenerateEventsRequest(
        UUID stageId, UUID activityId, @Size(max = 100) List<@Valid @NotNull NonWorkingDays> nonWorking) {

    /** Extra days off, from one day to another, both included. */
    public record NonWorkingDays(
            @NotNull LocalDate from, @NotNull LocalDate to) {}
}
