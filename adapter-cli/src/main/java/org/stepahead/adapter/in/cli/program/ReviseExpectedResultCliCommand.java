package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.program.ReviseExpectedResultCommand;
import org.stepahead.application.port.in.program.ReviseExpectedResultUseCase;
import org.stepahead.domain.program.ExpectedResultId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code result revise ID}: rewrites an expected result. */
@Command(name = "revise")
final class ReviseExpectedResultCliCommand extends CliCommand {

    private final ReviseExpectedResultUseCase reviseExpectedResult;

    @Parameters(index = "0", paramLabel = "RESULT")
    ExpectedResultId id;

    @Mixin
    ResultOptions result;

    @Mixin
    ExpectedVersionOption expectedVersion;

    ReviseExpectedResultCliCommand(ReviseExpectedResultUseCase reviseExpectedResult) {
        this.reviseExpectedResult = reviseExpectedResult;
    }

    @Override
    protected void run() {
        ResultOptions r = result;
        reviseExpectedResult.reviseExpectedResult(new ReviseExpectedResultCommand(
                r.program, id, r.text, r.details, r.kind, r.stage, expectedVersion.value()));
        out().id(id);
    }
}
