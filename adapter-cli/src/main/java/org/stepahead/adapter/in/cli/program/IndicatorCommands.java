package org.stepahead.adapter.in.cli.program;

import picocli.CommandLine.Command;

/** {@code indicator}: the target indicator commands {@code add|revise|measure}. */
@Command(
        name = "indicator",
        subcommands = {AddIndicatorCliCommand.class, ReviseIndicatorCliCommand.class, RecordMeasurementCliCommand.class
        })
public final class IndicatorCommands {}
