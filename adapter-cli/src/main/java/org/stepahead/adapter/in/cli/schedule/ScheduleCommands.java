package org.stepahead.adapter.in.cli.schedule;

import picocli.CommandLine.Command;

/** {@code schedule}: the schedule command {@code parse}, to check how a plan's words are read. */
@Command(name = "schedule", subcommands = ParseScheduleCliCommand.class)
public final class ScheduleCommands {}
