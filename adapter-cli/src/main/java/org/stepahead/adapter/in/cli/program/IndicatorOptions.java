package org.stepahead.adapter.in.cli.program;

import java.math.BigDecimal;
import org.stepahead.domain.program.IndicatorDirection;
import picocli.CommandLine.Option;

/** The options a target indicator is added or revised with (a picocli mixin). */
final class IndicatorOptions extends ProgramPartOptions {

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
}
