package org.stepahead.adapter.in.cli.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.program.AssessResultCommand;
import org.stepahead.application.port.in.program.AssessResultCommand.EvidenceInput;
import org.stepahead.application.port.in.program.ExpectedResultCommand;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** CLI commands for expected results: {@code result add|revise|assess}. */
@Command(
        name = "result",
        subcommands = {ResultCommands.Add.class, ResultCommands.Revise.class, ResultCommands.Assess.class})
public final class ResultCommands {

    /** {@code result add}: adds an expected result of a stage or the whole program and prints its id. */
    @Command(name = "add")
    static final class Add extends CliCommand {
        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--text", required = true)
        String text;

        @Option(names = "--details")
        String details;

        @Option(names = "--kind", required = true)
        ResultKind kind;

        @Option(names = "--stage")
        StageId stage;

        @Override
        protected void run() {
            out().id(app().addExpectedResult()
                    .addExpectedResult(new ExpectedResultCommand(program, null, text, details, kind, stage, null)));
        }
    }

    /** {@code result revise ID}: rewrites an expected result. */
    @Command(name = "revise")
    static final class Revise extends CliCommand {
        @Parameters(index = "0", paramLabel = "RESULT")
        ExpectedResultId result;

        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--text", required = true)
        String text;

        @Option(names = "--details")
        String details;

        @Option(names = "--kind", required = true)
        ResultKind kind;

        @Option(names = "--stage")
        StageId stage;

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            app().reviseExpectedResult()
                    .reviseExpectedResult(
                            new ExpectedResultCommand(program, result, text, details, kind, stage, expectedVersion));
            out().id(result);
        }
    }

    /** {@code result assess ID}: assesses an expected result with an outcome and evidence. */
    @Command(name = "assess")
    static final class Assess extends CliCommand {
        @Parameters(index = "0", paramLabel = "RESULT")
        ExpectedResultId result;

        @Option(names = "--program", required = true)
        ProgramId program;

        @Option(names = "--outcome", required = true)
        Outcome outcome;

        @Option(names = "--on")
        LocalDate assessedOn;

        @Option(names = "--comment")
        String comment;

        @Option(names = "--evidence", paramLabel = "KIND|DESCRIPTION[|REFERENCE]")
        List<String> evidence = List.of();

        @Option(names = "--expected-version")
        Long expectedVersion;

        @Override
        protected void run() {
            List<EvidenceInput> proofs = new ArrayList<>();
            for (String proof : evidence) {
                String[] parts = proof.split("\\|", 3);
                EvidenceKind kind;
                try {
                    kind = EvidenceKind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(
                            spec.commandLine(), cli().message("error.usage.value", proof, "--evidence"));
                }
                proofs.add(new EvidenceInput(
                        kind, parts.length > 1 ? parts[1].strip() : null, parts.length > 2 ? parts[2].strip() : null));
            }
            app().assessResult()
                    .assess(new AssessResultCommand(
                            program, result, outcome, assessedOn, comment, proofs, expectedVersion));
            out().id(result);
        }
    }
}
