package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.ChangeCliCommand;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ReviseActivityCommand;
import org.stepahead.application.port.in.program.ReviseActivityUseCase;
import org.stepahead.domain.program.ActivityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code activity revise ID}: rewrites an activity. */
@Command(name = "revise")
final class ReviseActivityCliCommand extends ChangeCliCommand<ReviseActivityCommand> {

    private final GetProgramOverviewUseCase programOverview;

    @Parameters(index = "0", paramLabel = "ACTIVITY")
    ActivityId id;

    @Mixin
    ActivityOptions activity;

    ReviseActivityCliCommand(ReviseActivityUseCase reviseActivity, GetProgramOverviewUseCase programOverview) {
        super(reviseActivity::reviseActivity);
        this.programOverview = programOverview;
    }

    @Override
    protected ReviseActivityCommand command(Long expectedVersion) {
        return activity.revise(id, expectedVersion, programOverview);
    }
}
