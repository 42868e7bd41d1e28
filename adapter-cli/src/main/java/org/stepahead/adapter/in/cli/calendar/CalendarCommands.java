package org.stepahead.adapter.in.cli.calendar;

import picocli.CommandLine.Command;

/** {@code calendar}: the calendar command {@code export --community ID | --program ID [--out FILE]}. */
@Command(name = "calendar", subcommands = ExportCalendarCliCommand.class)
public final class CalendarCommands {}
