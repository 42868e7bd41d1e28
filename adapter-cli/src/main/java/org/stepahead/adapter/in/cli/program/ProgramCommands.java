package org.stepahead.adapter.in.cli.program;

import picocli.CommandLine.Command;

/** {@code program}: the program commands {@code draft|revise|approve|list|show}. */
@Command(
        name = "program",
        subcommands = {
            DraftProgramCliCommand.class,
            ReviseProgramCliCommand.class,
            ApproveProgramCliCommand.class,
            ListProgramsCliCommand.class,
            GetProgramOverviewCliCommand.class
        })
public final class ProgramCommands {}
