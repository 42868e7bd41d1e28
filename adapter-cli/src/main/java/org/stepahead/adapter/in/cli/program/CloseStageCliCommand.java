package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.program.CloseStageCommand;
import org.stepahead.application.port.in.program.CloseStageUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stage close ID}: closes a stage whose results are assessed. */
@Command(name = "close")
final class CloseStageCliCommand extends CliCommand {

    private final CloseStageUseCase closeStage;

    @Mixin
    StageDayOptions stage;

    @Mixin
    ExpectedVersionOption expectedVersion;

    CloseStageCliCommand(CloseStageUseCase closeStage) {
        this.closeStage = closeStage;
    }

    @Override
    protected void run() {
        closeStage.closeStage(new CloseStageCommand(stage.program, stage.stage, stage.day, expectedVersion.value()));
        out().id(stage.stage);
    }
}
