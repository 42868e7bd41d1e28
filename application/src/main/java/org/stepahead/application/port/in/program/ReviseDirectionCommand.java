package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ProgramId;

/** Command: revise a direction or section of a program; validated when built. */
public record ReviseDirectionCommand(
        @NotNull ProgramId programId,
        @NotNull DirectionId directionId,
        @Size(max = 20) String code,
        @NotBlank @Size(max = 1000) String title,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public ReviseDirectionCommand {
        CommandValidation.validateConstructor(
                ReviseDirectionCommand.class, programId, directionId, code, title, expectedVersion);
    }
}
