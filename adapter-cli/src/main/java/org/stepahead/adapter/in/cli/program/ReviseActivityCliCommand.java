package org.stepahead.adapter.in.cli.program;

import org.stepahead.adapter.in.cli.support.CliCommand;
import org.stepahead.adapter.in.cli.support.ExpectedVersionOption;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ReviseActivityUseCase;
import org.stepahead.domain.program.ActivityId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code activity revise ID}: rewrites an activity. */
@Command(name = "revise")
final class ReviseActivityCliCommand extends CliCommand {

    private final ReviseActivityUseCase reviseActivity;
    private final GetProgramOverviewUseCase programOverview;

    @Parameters(index = "0", paramLabel = "ACTIVITY")
    ActivityId id;

    @Mixin
    ActivityOptions activity;

    @Mixin
    ExpectedVersionOption expectedVersion;

    ReviseActivityCliCommand(ReviseActivityUseCase reviseActivity, GetProgramOverviewUseCase programOverview) {
        this.reviseActivity = reviseActivity;
        this.programOverview = programOverview;
    }

    @Override
    protected void run() {
        reviseActivity.reviseActivity(activity.revise(id, expectedVersion.value(), programOverview));
        out().id(id);
    }
}
