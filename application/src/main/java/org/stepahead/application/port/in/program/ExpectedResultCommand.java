package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageId;

/** Command: add an expected result of a stage or the whole program (no {@code resultId}) or revise one. */
public record ExpectedResultCommand(
        @NotNull ProgramId programId,
        ExpectedResultId resultId,
        @NotBlank @Size(max = 2000) String text,
        @Size(max = 4000) String details,
        @NotNull ResultKind kind,
        StageId stageId,
        Long expectedVersion) {}
