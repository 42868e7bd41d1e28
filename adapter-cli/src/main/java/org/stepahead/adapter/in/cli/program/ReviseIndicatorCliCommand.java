package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.program.ReviseIndicatorCommand;
import org.stepahead.application.port.in.program.ReviseIndicatorUseCase;
import org.stepahead.domain.program.IndicatorId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code indicator revise ID}: rewrites a target indicator. */
@Command(name = "revise")
final class ReviseIndicatorCliCommand extends CliCommand {

    private final ReviseIndicatorUseCase reviseIndicator;

    @Parameters(index = "0", paramLabel = "INDICATOR")
    IndicatorId id;

    @Mixin
    IndicatorOptions indicator;

    @Mixin
    ExpectedVersionOption expectedVersion;

    ReviseIndicatorCliCommand(ReviseIndicatorUseCase reviseIndicator) {
        this.reviseIndicator = reviseIndicator;
    }

    @Override
    protected void run() {
        IndicatorOptions i = indicator;
        reviseIndicator.reviseIndicator(new ReviseIndicatorCommand(
                i.program, id, i.name, i.unit, i.baseline, i.target, i.direction, expectedVersion.value()));
        out().id(id);
    }
}
