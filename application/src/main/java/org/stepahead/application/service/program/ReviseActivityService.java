package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.ActivityCommand;
import org.stepahead.application.port.in.program.ReviseActivityUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: revises a planned activity of a draft program. */
public final class ReviseActivityService implements ReviseActivityUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;

    public ReviseActivityService(UseCaseRunner runner, ProgramRepository programs) {
        this.runner = runner;
        this.programs = programs;
    }

    @Override
    public void reviseActivity(ActivityCommand c) {
        new ProgramChanges(runner, programs)
                .change(
                        c,
                        c.programId(),
                        c.expectedVersion(),
                        p -> p.reviseActivity(
                                ProgramChanges.required(c.activityId(), "activityId"), ActivityDetails.of(c)));
    }
}
