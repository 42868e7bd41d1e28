package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;

/** Command: revise a stage of a draft program; validated when built. */
public record ReviseStageCommand(
        @NotNull ProgramId programId,
        @NotNull StageId stageId,
        @NotBlank @Size(max = 500) String name,
        @NotNull StageKind kind,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @Size(max = 4000) String description,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public ReviseStageCommand {
        CommandValidation.validateConstructor(
                ReviseStageCommand.class,
                programId,
                stageId,
                name,
                kind,
                periodStart,
                periodEnd,
                description,
                expectedVersion);
    }
}
