package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.program.ReviseExpectedResultCommand;
import org.stepahead.application.port.in.program.ReviseExpectedResultUseCase;
import org.stepahead.domain.program.ExpectedResultId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code result revise ID}: rewrites an expected result. */
@Command(name = "revise")
final class ReviseExpectedResultCliCommand extends ChangeCliCommand<ReviseExpectedResultCommand> {

    @Parameters(index = "0", paramLabel = "RESULT")
    ExpectedResultId id;

    @Mixin
    ResultOptions result;

    ReviseExpectedResultCliCommand(ReviseExpectedResultUseCase reviseExpectedResult) {
        super(reviseExpectedResult::reviseExpectedResult);
    }

    @Override
    protected ReviseExpectedResultCommand command(Long expectedVersion) {
        ResultOptions r = result;
        return new ReviseExpectedResultCommand(r.program, id, r.text, r.details, r.kind, r.stage, expectedVersion);
    }
}
