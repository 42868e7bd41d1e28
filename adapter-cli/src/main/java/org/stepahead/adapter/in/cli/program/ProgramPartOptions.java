package org.stepahead.adapter.in.cli.program;

import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Option;

/**
 * The option every part of a program (stage, direction, activity, result, indicator) is added, revised or moved on
 * with: the program it belongs to. The base of this package's option groups (picocli reads inherited options).
 */
abstract class ProgramPartOptions {

    @Option(names = "--program", required = true)
    ProgramId program;
}
