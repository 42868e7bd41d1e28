package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageId;

/** Command: revise an expected result of a program; validated when built. */
public record ReviseExpectedResultCommand(
        @NotNull ProgramId programId,
        @NotNull ExpectedResultId resultId,
        @NotBlank @Size(max = 2000) String text,
        @Size(max = 4000) String details,
        @NotNull ResultKind kind,
        StageId stageId,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public ReviseExpectedResultCommand {
        CommandValidation.validateConstructor(
                ReviseExpectedResultCommand.class, programId, resultId, text, details, kind, stageId, expectedVersion);
    }
}
