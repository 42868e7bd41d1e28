package org.stepahead.adapter.in.cli.program;

import picocli.CommandLine.Command;

/** {@code stage}: the program stage commands {@code add|revise|start|close}. */
@Command(
        name = "stage",
        subcommands = {
            PlanStageCliCommand.class,
            ReviseStageCliCommand.class,
            StartStageCliCommand.class,
            CloseStageCliCommand.class
        })
public final class StageCommands {}
