package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;

/** Command: close a started stage of a program on a day (today in the community's time zone when absent); validated when built. */
public record CloseStageCommand(
        @NotNull ProgramId programId, @NotNull StageId stageId, LocalDate day, Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public CloseStageCommand {
        CommandValidation.validateConstructor(CloseStageCommand.class, programId, stageId, day, expectedVersion);
    }
}
