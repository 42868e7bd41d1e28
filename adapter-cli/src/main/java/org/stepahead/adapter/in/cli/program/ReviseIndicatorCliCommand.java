package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.program.ReviseIndicatorCommand;
import org.stepahead.application.port.in.program.ReviseIndicatorUseCase;
import org.stepahead.domain.program.IndicatorId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code indicator revise ID}: rewrites a target indicator. */
@Command(name = "revise")
final class ReviseIndicatorCliCommand extends ChangeCliCommand<ReviseIndicatorCommand> {

    @Parameters(index = "0", paramLabel = "INDICATOR")
    IndicatorId id;

    @Mixin
    IndicatorOptions indicator;

    ReviseIndicatorCliCommand(ReviseIndicatorUseCase reviseIndicator) {
        super(reviseIndicator::reviseIndicator);
    }

    @Override
    protected ReviseIndicatorCommand command(Long expectedVersion) {
        IndicatorOptions i = indicator;
        return new ReviseIndicatorCommand(
                i.program, id, i.name, i.unit, i.baseline, i.target, i.direction, expectedVersion);
    }
}
