package org.stepahead.application.port.in.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;

/** Command: record an indicator's measured value on a day inside the program's period. */
public record RecordMeasurementCommand(
        @NotNull ProgramId programId,
        @NotNull IndicatorId indicatorId,
        @NotNull LocalDate measuredOn,
        @NotNull BigDecimal value,
        @Size(max = 2000) String note,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public RecordMeasurementCommand {
        CommandValidation.validateConstructor(
                RecordMeasurementCommand.class, programId, indicatorId, measuredOn, value, note, expectedVersion);
    }
}
