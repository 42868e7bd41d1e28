package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.PlanActivityUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code activity add}: plans an activity and prints its id. */
@Command(name = "add")
final class PlanActivityCliCommand extends CliCommand {

    private final PlanActivityUseCase planActivity;
    private final GetProgramOverviewUseCase programOverview;

    @Mixin
    ActivityOptions activity;

    PlanActivityCliCommand(PlanActivityUseCase planActivity, GetProgramOverviewUseCase programOverview) {
        this.planActivity = planActivity;
        this.programOverview = programOverview;
    }

    @Override
    protected void run() {
        out().id(planActivity.planActivity(activity.plan(programOverview)));
    }
}
