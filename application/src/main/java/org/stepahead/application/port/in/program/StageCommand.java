package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;

/**
 * Command: add a stage to a draft program (no {@code stageId}) or revise one ({@code stageId} given).
 */
public record StageCommand(
        @NotNull ProgramId programId,
        StageId stageId,
        @NotBlank @Size(max = 500) String name,
        @NotNull StageKind kind,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @Size(max = 4000) String description,
        Long expectedVersion) {}
