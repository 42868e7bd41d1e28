package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.program.AddIndicatorCommand;
import org.stepahead.application.port.in.program.AddIndicatorUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code indicator add}: adds a target indicator and prints its id. */
@Command(name = "add")
final class AddIndicatorCliCommand extends CliCommand {

    private final AddIndicatorUseCase addIndicator;

    @Mixin
    IndicatorOptions indicator;

    AddIndicatorCliCommand(AddIndicatorUseCase addIndicator) {
        this.addIndicator = addIndicator;
    }

    @Override
    protected void run() {
        IndicatorOptions i = indicator;
        out().id(addIndicator.addIndicator(
                new AddIndicatorCommand(i.program, i.name, i.unit, i.baseline, i.target, i.direction, null)));
    }
}
