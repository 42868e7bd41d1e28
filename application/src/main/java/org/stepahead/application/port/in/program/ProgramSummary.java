package org.stepahead.application.port.in.program;

import java.time.LocalDate;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ProgramStatus;

/** Read model: one program in a community's list. */
public record ProgramSummary(
        ProgramId id,
        long version,
        ProgramKind kind,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        ProgramStatus status,
        String activeStage) {}
