package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ProgramId;

/** Command: add a direction or section to a program (no {@code directionId}) or revise one. */
public record DirectionCommand(
        @NotNull ProgramId programId,
        DirectionId directionId,
        @Size(max = 20) String code,
        @NotBlank @Size(max = 1000) String title,
        Long expectedVersion) {}
