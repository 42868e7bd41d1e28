package org.stepahead.adapter.in.cli.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.adapter.in.cli.support.PipeFields;
import org.stepahead.application.port.in.program.AssessResultCommand;
import org.stepahead.application.port.in.program.AssessResultCommand.EvidenceInput;
import org.stepahead.application.port.in.program.AssessResultUseCase;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.ProgramId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code result assess ID}: assesses an expected result with an outcome and evidence. */
@Command(name = "assess")
final class AssessResultCliCommand extends ChangeCliCommand<AssessResultCommand> {

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

    AssessResultCliCommand(AssessResultUseCase assessResult) {
        super(assessResult::assess);
    }

    @Override
    protected AssessResultCommand command(Long expectedVersion) {
        List<EvidenceInput> proofs = new ArrayList<>();
        for (String proof : evidence) {
            String[] fields = PipeFields.of(proof, 3);
            EvidenceKind kind;
            try {
                kind = EvidenceKind.valueOf(fields[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(
                        spec.commandLine(), cli().message("error.usage.value", proof, "--evidence"));
            }
            proofs.add(new EvidenceInput(kind, fields[1], fields[2]));
        }
        return new AssessResultCommand(program, result, outcome, assessedOn, comment, proofs, expectedVersion);
    }
}
