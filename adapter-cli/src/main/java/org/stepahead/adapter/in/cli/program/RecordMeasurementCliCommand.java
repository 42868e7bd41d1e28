package org.stepahead.adapter.in.cli.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.program.RecordMeasurementCommand;
import org.stepahead.application.port.in.program.RecordMeasurementUseCase;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code indicator measure ID}: records a measured value. */
@Command(name = "measure")
final class RecordMeasurementCliCommand extends ChangeCliCommand<RecordMeasurementCommand> {

    @Parameters(index = "0", paramLabel = "INDICATOR")
    IndicatorId indicator;

    @Option(names = "--program", required = true)
    ProgramId program;

    @Option(names = "--on", required = true)
    LocalDate measuredOn;

    @Option(names = "--value", required = true)
    BigDecimal value;

    @Option(names = "--note")
    String note;

    RecordMeasurementCliCommand(RecordMeasurementUseCase recordMeasurement) {
        super(recordMeasurement::record);
    }

    @Override
    protected RecordMeasurementCommand command(Long expectedVersion) {
        return new RecordMeasurementCommand(program, indicator, measuredOn, value, note, expectedVersion);
    }
}
