package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;

/** Command: start a stage of an approved program on a day (today in the community's time zone when absent); validated when built. */
public record StartStageCommand(
        @NotNull ProgramId programId, @NotNull StageId stageId, LocalDate day, Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public StartStageCommand {
        CommandValidation.validateConstructor(StartStageCommand.class, programId, stageId, day, expectedVersion);
    }
}
