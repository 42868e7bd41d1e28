package org.stepahead.adapter.in.cli.program;

import java.time.LocalDate;
import org.stepahead.domain.program.StageId;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The stage, its program and the day a stage starts or closes on (a picocli mixin of {@code stage start|close}). */
final class StageDayOptions extends ProgramPartOptions {

    @Parameters(index = "0", paramLabel = "STAGE")
    StageId stage;

    @Option(names = "--on")
    LocalDate day;
}
