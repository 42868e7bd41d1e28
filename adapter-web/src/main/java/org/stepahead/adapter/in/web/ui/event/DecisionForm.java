package org.stepahead.adapter.in.web.ui.event;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: a decision of the minutes (agenda item and decision, from 1) to make a plan item of a program, due by a deadline. */
public record DecisionForm(
        Long version,
        @NotNull @Min(1) Integer item,
        @NotNull @Min(1) Integer decision,
        @NotNull UUID programId,
        UUID stageId,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate deadline,

        @Size(max = 20) String number,
        @Size(max = 2000) String title,
        @Size(max = 50000) String responsibleText) {}
