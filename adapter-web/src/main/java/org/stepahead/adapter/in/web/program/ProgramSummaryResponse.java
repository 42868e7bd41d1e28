package org.stepahead.adapter.in.web.program;

import java.time.LocalDate;
import java.util.UUID;

/** Response: one program in a community's list. */
public record ProgramSummaryResponse(
        UUID id,
        long version,
        String kind,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        String status,
        String activeStage) {}
