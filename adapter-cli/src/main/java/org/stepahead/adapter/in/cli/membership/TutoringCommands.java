package org.stepahead.adapter.in.cli.membership;

import picocli.CommandLine.Command;

/** {@code tutoring}: the tutoring link commands {@code link|end}. */
@Command(
        name = "tutoring",
        subcommands = {LinkTutorCliCommand.class, EndTutoringCliCommand.class})
public final class TutoringCommands {}
