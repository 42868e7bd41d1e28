package org.stepahead.adapter.in.web.event;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Request: make decision {@code decision} of agenda item {@code item} (both from 1) of the event's minutes a plan
 * item of the program, due by the deadline, with its responsible parties; the title defaults to the decision.
 */
public record PlanDecisionRequest(
        @NotNull @Min(1) Integer item,
        @NotNull @Min(1) Integer decision,
        @NotNull UUID programId,
        UUID stageId,
        UUID directionId,
        @NotNull LocalDate deadline,
        @Size(max = 20) String number,
        @Size(max = 2000) String title,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> responsible) {}
