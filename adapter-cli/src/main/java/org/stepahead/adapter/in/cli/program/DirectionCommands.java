package org.stepahead.adapter.in.cli.program;

import picocli.CommandLine.Command;

/** {@code direction}: the program direction (section) commands {@code add|revise}. */
@Command(
        name = "direction",
        subcommands = {AddDirectionCliCommand.class, ReviseDirectionCliCommand.class})
public final class DirectionCommands {}
