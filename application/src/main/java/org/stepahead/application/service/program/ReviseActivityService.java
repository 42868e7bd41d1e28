package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.ReviseActivityCommand;
import org.stepahead.application.port.in.program.ReviseActivityUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: revises a planned activity of a draft program. */
public final class ReviseActivityService implements ReviseActivityUseCase {

    private final ProgramChanges programs;

    public ReviseActivityService(UseCaseRunner runner, ProgramRepository programs) {
        this.programs = new ProgramChanges(runner, programs);
    }

    @Override
    public void reviseActivity(ReviseActivityCommand c) {
        programs.change(
                c, c.programId(), c.expectedVersion(), p -> p.reviseActivity(c.activityId(), ActivityDetails.of(c)));
    }
}
