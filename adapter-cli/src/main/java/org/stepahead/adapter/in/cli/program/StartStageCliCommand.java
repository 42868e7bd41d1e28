package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.program.StartStageCommand;
import org.stepahead.application.port.in.program.StartStageUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stage start ID}: starts a stage of an approved program. */
@Command(name = "start")
final class StartStageCliCommand extends CliCommand {

    private final StartStageUseCase startStage;

    @Mixin
    StageDayOptions stage;

    @Mixin
    ExpectedVersionOption expectedVersion;

    StartStageCliCommand(StartStageUseCase startStage) {
        this.startStage = startStage;
    }

    @Override
    protected void run() {
        startStage.startStage(new StartStageCommand(stage.program, stage.stage, stage.day, expectedVersion.value()));
        out().id(stage.stage);
    }
}
