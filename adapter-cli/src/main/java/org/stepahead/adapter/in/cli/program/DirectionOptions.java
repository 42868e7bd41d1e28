package org.stepahead.adapter.in.cli.program;

import picocli.CommandLine.Option;

/** The options a direction is added or revised with (a picocli mixin). */
final class DirectionOptions extends ProgramPartOptions {

    @Option(names = "--code")
    String code;

    @Option(names = "--title", required = true)
    String title;
}
