package org.stepahead.adapter.in.cli.program;

import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Option;

/** The options a direction is added or revised with (a picocli mixin). */
final class DirectionOptions {

    @Option(names = "--program", required = true)
    ProgramId program;

    @Option(names = "--code")
    String code;

    @Option(names = "--title", required = true)
    String title;
}
