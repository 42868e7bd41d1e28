package org.stepahead.adapter.in.cli.program;

import picocli.CommandLine.Command;

/** {@code result}: the expected result commands {@code add|revise|assess}. */
@Command(
        name = "result",
        subcommands = {
            AddExpectedResultCliCommand.class,
            ReviseExpectedResultCliCommand.class,
            AssessResultCliCommand.class
        })
public final class ResultCommands {}
