package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.ProgramId;

/** Command: add a target indicator to a program; validated when built. */
public record AddIndicatorCommand(
        @NotNull ProgramId programId,
        @NotBlank @Size(max = 1000) String name,
        @Size(max = 50) String unit,
        BigDecimal baseline,
        BigDecimal target,
        @NotNull IndicatorDirection direction,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public AddIndicatorCommand {
        CommandValidation.validateConstructor(
                AddIndicatorCommand.class, programId, name, unit, baseline, target, direction, expectedVersion);
    }
}
