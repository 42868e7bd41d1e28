package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.program.DirectionCommand;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** CLI commands for program directions (sections): {@code direction add|revise}. */
@Command(
        name = "direction",
        subcommands = {DirectionCommands.Add.class, DirectionCommands.Revise.class})
public final class DirectionCommands {

    /** {@code direction add}: adds a direction to a program and prints its id. */
    @Command(name = "add")
    static final class Add extends CliCommand {
        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--code")
        String code;

        @Option(names = "--title", required = true)
        String title;

        @Override
        protected void run() {
            out().id(app().addDirection().addDirection(new DirectionCommand(program, null, code, title, null)));
        }
    }

    /** {@code direction revise ID}: rewrites a direction's code and title. */
    @Command(name = "revise")
    static final class Revise extends CliCommand {
        @Parameters(index = "0", paramLabel = "DIRECTION")
        DirectionId direction;

        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--code")
        String code;

        @Option(names = "--title", required = true)
        String title;

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            app().reviseDirection()
                    .reviseDirection(new DirectionCommand(program, direction, code, title, expectedVersion));
            out().id(direction);
        }
    }
}
