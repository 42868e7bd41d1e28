package org.stepahead.adapter.in.cli.program;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.domain.program.ProgramKind;
import picocli.CommandLine.Option;

/** The options a program is drafted or revised with (a picocli mixin). */
final class ProgramOptions {

    @Option(names = "--kind", required = true)
    ProgramKind kind;

    @Option(names = "--title", required = true)
    String title;

    @Option(names = "--summary")
    String summary;

    @Option(names = "--goal")
    String goal;

    @Option(names = "--task")
    List<String> tasks = List.of();

    @Option(names = "--start", required = true)
    LocalDate start;

    @Option(names = "--end", required = true)
    LocalDate end;
}
