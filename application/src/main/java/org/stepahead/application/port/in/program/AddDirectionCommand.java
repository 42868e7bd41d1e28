package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.ProgramId;

/** Command: add a direction or section (направление, раздел) to a program; validated when built. */
public record AddDirectionCommand(
        @NotNull ProgramId programId,
        @Size(max = 20) String code,
        @NotBlank @Size(max = 1000) String title,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public AddDirectionCommand {
        CommandValidation.validateConstructor(AddDirectionCommand.class, programId, code, title, expectedVersion);
    }
}
