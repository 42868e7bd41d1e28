package org.stepahead.adapter.in.cli.program;

import java.util.function.Consumer;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.program.StageLifecycleCommand;
import picocli.CommandLine.Mixin;

/** Base of {@code stage start|close ID}: moves a stage on a day through its use case and prints the stage's id. */
abstract class StageLifecycleCliCommand extends CliCommand {

    private final Consumer<StageLifecycleCommand> useCase;

    @Mixin
    StageDayOptions stage;

    @Mixin
    ExpectedVersionOption expectedVersion;

    StageLifecycleCliCommand(Consumer<StageLifecycleCommand> useCase) {
        this.useCase = useCase;
    }

    @Override
    protected void run() {
        useCase.accept(new StageLifecycleCommand(stage.program, stage.stage, stage.day, expectedVersion.value()));
        out().id(stage.stage);
    }
}
