package org.stepahead.adapter.in.cli.program;

import java.time.LocalDate;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.program.StageCommand;
import org.stepahead.application.port.in.program.StageLifecycleCommand;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** CLI commands for program stages: {@code stage add|revise|start|close}. */
@Command(
        name = "stage",
        subcommands = {
            StageCommands.Add.class,
            StageCommands.Revise.class,
            StageCommands.Start.class,
            StageCommands.Close.class
        })
public final class StageCommands {

    /** {@code stage add}: adds a stage to a draft program and prints its id. */
    @Command(name = "add")
    static final class Add extends CliCommand {
        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--kind", required = true)
        StageKind kind;

        @Option(names = "--start", required = true)
        LocalDate start;

        @Option(names = "--end", required = true)
        LocalDate end;

        @Option(names = "--description")
        String description;

        @Override
        protected void run() {
            out().id(app().planStage()
                    .addStage(new StageCommand(program, null, name, kind, start, end, description, null)));
        }
    }

    /** {@code stage revise ID}: rewrites a stage of a draft program. */
    @Command(name = "revise")
    static final class Revise extends CliCommand {
        @Parameters(index = "0", paramLabel = "STAGE")
        StageId stage;

        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--kind", required = true)
        StageKind kind;

        @Option(names = "--start", required = true)
        LocalDate start;

        @Option(names = "--end", required = true)
        LocalDate end;

        @Option(names = "--description")
        String description;

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            app().reviseStage()
                    .reviseStage(
                            new StageCommand(program, stage, name, kind, start, end, description, expectedVersion));
            out().id(stage);
        }
    }

    /** {@code stage start ID}: starts a stage of an approved program. */
    @Command(name = "start")
    static final class Start extends CliCommand {
        @Parameters(index = "0", paramLabel = "STAGE")
        StageId stage;

        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--on")
        LocalDate day;

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            app().startStage().startStage(new StageLifecycleCommand(program, stage, day, expectedVersion));
            out().id(stage);
        }
    }

    /** {@code stage close ID}: closes a stage whose results are assessed. */
    @Command(name = "close")
    static final class Close extends CliCommand {
        @Parameters(index = "0", paramLabel = "STAGE")
        StageId stage;

        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--on")
        LocalDate day;

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            app().closeStage().closeStage(new StageLifecycleCommand(program, stage, day, expectedVersion));
            out().id(stage);
        }
    }
}
