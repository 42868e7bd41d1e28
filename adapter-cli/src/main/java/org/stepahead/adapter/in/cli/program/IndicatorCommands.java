package org.stepahead.adapter.in.cli.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.program.IndicatorCommand;
import org.stepahead.application.port.in.program.RecordMeasurementCommand;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** CLI commands for target indicators: {@code indicator add|revise|measure}. */
@Command(
        name = "indicator",
        subcommands = {IndicatorCommands.Add.class, IndicatorCommands.Revise.class, IndicatorCommands.Measure.class})
public final class IndicatorCommands {

    /** {@code indicator add}: adds a target indicator and prints its id. */
    @Command(name = "add")
    static final class Add extends CliCommand {
        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--unit")
        String unit;

        @Option(names = "--baseline")
        BigDecimal baseline;

        @Option(names = "--target")
        BigDecimal target;

        @Option(names = "--direction", defaultValue = "HIGHER_IS_BETTER")
        IndicatorDirection direction;

        @Override
        protected void run() {
            out().id(app().addIndicator()
                    .addIndicator(new IndicatorCommand(program, null, name, unit, baseline, target, direction, null)));
        }
    }

    /** {@code indicator revise ID}: rewrites a target indicator. */
    @Command(name = "revise")
    static final class Revise extends CliCommand {
        @Parameters(index = "0", paramLabel = "INDICATOR")
        IndicatorId indicator;

        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--unit")
        String unit;

        @Option(names = "--baseline")
        BigDecimal baseline;

        @Option(names = "--target")
        BigDecimal target;

        @Option(names = "--direction", defaultValue = "HIGHER_IS_BETTER")
        IndicatorDirection direction;

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            app().reviseIndicator()
                    .reviseIndicator(new IndicatorCommand(
                            program, indicator, name, unit, baseline, target, direction, expectedVersion));
            out().id(indicator);
        }
    }

    /** {@code indicator measure ID}: records a measured value. */
    @Command(name = "measure")
    static final class Measure extends CliCommand {
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

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            app().recordMeasurement()
                    .record(new RecordMeasurementCommand(program, indicator, measuredOn, value, note, expectedVersion));
            out().id(indicator);
        }
    }
}
