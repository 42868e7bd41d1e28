package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.program.PlanStageCommand;
import org.stepahead.application.port.in.program.PlanStageUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stage add}: adds a stage to a draft program and prints its id. */
@Command(name = "add")
final class PlanStageCliCommand extends CliCommand {

    private final PlanStageUseCase planStage;

    @Mixin
    StageOptions stage;

    PlanStageCliCommand(PlanStageUseCase planStage) {
        this.planStage = planStage;
    }

    @Override
    protected void run() {
        StageOptions s = stage;
        out().id(planStage.addStage(
                new PlanStageCommand(s.program, s.name, s.kind, s.start, s.end, s.description, null)));
    }
}
