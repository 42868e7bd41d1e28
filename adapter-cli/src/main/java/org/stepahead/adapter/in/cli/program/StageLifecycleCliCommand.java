package org.stepahead.adapter.in.cli.program;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import picocli.CommandLine.Mixin;

/**
 * Base of {@code stage start|close ID}: moves a stage on a day through its use case and prints the stage's id.
 *
 * @param <C> the use case's command
 */
abstract class StageLifecycleCliCommand<C> extends CliCommand {

    /** Builds the use case's command from the stage, the day and the expected version. */
    @FunctionalInterface
    interface StageDayCommand<C> {
        C of(ProgramId program, StageId stage, LocalDate day, Long expectedVersion);
    }

    private final StageDayCommand<C> command;
    private final Consumer<C> useCase;

    @Mixin
    StageDayOptions stage;

    @Mixin
    ExpectedVersionOption expectedVersion;

    StageLifecycleCliCommand(StageDayCommand<C> command, Consumer<C> useCase) {
        this.command = command;
        this.useCase = useCase;
    }

    @Override
    protected void run() {
        useCase.accept(command.of(stage.program, stage.stage, stage.day, expectedVersion.value()));
        out().id(stage.stage);
    }
}
