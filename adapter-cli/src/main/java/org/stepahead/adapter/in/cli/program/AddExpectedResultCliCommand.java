package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.program.AddExpectedResultCommand;
import org.stepahead.application.port.in.program.AddExpectedResultUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code result add}: adds an expected result of a stage or the whole program and prints its id. */
@Command(name = "add")
final class AddExpectedResultCliCommand extends CliCommand {

    private final AddExpectedResultUseCase addExpectedResult;

    @Mixin
    ResultOptions result;

    AddExpectedResultCliCommand(AddExpectedResultUseCase addExpectedResult) {
        this.addExpectedResult = addExpectedResult;
    }

    @Override
    protected void run() {
        ResultOptions r = result;
        out().id(addExpectedResult.addExpectedResult(
                new AddExpectedResultCommand(r.program, r.text, r.details, r.kind, r.stage, null)));
    }
}
