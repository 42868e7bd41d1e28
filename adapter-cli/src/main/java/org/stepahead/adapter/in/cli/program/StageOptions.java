package org.stepahead.adapter.in.cli.program;

import java.time.LocalDate;
import org.stepahead.domain.program.StageKind;
import picocli.CommandLine.Option;

/** The options a stage is added or revised with (a picocli mixin). */
final class StageOptions extends ProgramPartOptions {

    @Option(names = "--name", required = true)
    String name;

    @Option(names = "--kind", required = true)
    StageKind kind;

    @Option(names = "--start", required = true)
    LocalDate start;

    @Option(names = "--end", required = true)
    LocalDate end;

    @Option(names = "--description")
    String description;
}
