package org.stepahead.adapter.in.cli.program;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import picocli.CommandLine.Mixin;

/**
 * Base of {@code stage start|close ID}: moves a stage on a day through its use case and prints the stage's id.
 *
 * @param <C> the use case's command
 */
abstract class StageLifecycleCliCommand<C> extends ChangeCliCommand<C> {

    /** Builds the use case's command from the stage, the day and the expected version. */
    @FunctionalInterface
    interface StageDayCommand<C> {
        C of(ProgramId program, StageId stage, LocalDate day, Long expectedVersion);
    }

    private final StageDayCommand<C> command;

    @Mixin
    StageDayOptions stage;

    StageLifecycleCliCommand(StageDayCommand<C> command, Consumer<C> useCase) {
        super(useCase);
        this.command = command;
    }

    @Override
    protected C command(Long expectedVersion) {
        return command.of(stage.program, stage.stage, stage.day, expectedVersion);
    }
}
