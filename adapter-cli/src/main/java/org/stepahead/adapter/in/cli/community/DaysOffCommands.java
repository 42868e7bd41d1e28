package org.stepahead.adapter.in.cli.community;

import picocli.CommandLine.Command;

/** {@code community days-off}: a community's own days off, {@code add|remove}. */
@Command(
        name = "days-off",
        subcommands = {AddDaysOffCliCommand.class, RemoveDaysOffCliCommand.class})
final class DaysOffCommands {}
