package org.stepahead.adapter.in.cli.program;

import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageId;
import picocli.CommandLine.Option;

/** The options an expected result is added or revised with (a picocli mixin). */
final class ResultOptions extends ProgramPartOptions {

    @Option(names = "--text", required = true)
    String text;

    @Option(names = "--details")
    String details;

    @Option(names = "--kind", required = true)
    ResultKind kind;

    @Option(names = "--stage")
    StageId stage;
}
