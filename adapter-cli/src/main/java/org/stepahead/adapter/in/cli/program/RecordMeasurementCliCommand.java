package org.stepahead.adapter.in.cli.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.program.RecordMeasurementCommand;
import org.stepahead.application.port.in.program.RecordMeasurementUseCase;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code indicator measure ID}: records a measured value. */
@Command(name = "measure")
final class RecordMeasurementCliCommand extends CliCommand {

    private final RecordMeasurementUseCase recordMeasurement;

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

    @Mixin
    ExpectedVersionOption expectedVersion;

    RecordMeasurementCliCommand(RecordMeasurementUseCase recordMeasurement) {
        this.recordMeasurement = recordMeasurement;
    }

    @Override
    protected void run() {
        recordMeasurement.record(
                new RecordMeasurementCommand(program, indicator, measuredOn, value, note, expectedVersion.value()));
        out().id(indicator);
    }
}
