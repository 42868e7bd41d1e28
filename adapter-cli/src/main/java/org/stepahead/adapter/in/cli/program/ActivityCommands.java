package org.stepahead.adapter.in.cli.program;

import picocli.CommandLine.Command;

/** {@code activity}: the program activity commands {@code add|revise}. */
@Command(
        name = "activity",
        subcommands = {PlanActivityCliCommand.class, ReviseActivityCliCommand.class})
public final class ActivityCommands {}
