package org.stepahead.adapter.in.cli.educator;

import picocli.CommandLine.Command;

/** {@code educator}: the educator commands {@code register|show}. */
@Command(
        name = "educator",
        subcommands = {RegisterEducatorCliCommand.class, GetEducatorCliCommand.class})
public final class EducatorCommands {}
