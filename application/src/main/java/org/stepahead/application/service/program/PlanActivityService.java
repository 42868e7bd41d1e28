package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.ActivityCommand;
import org.stepahead.application.port.in.program.PlanActivityUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.ActivityId;

/** Service: plans an activity of a draft program. */
public final class PlanActivityService implements PlanActivityUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;

    public PlanActivityService(UseCaseRunner runner, ProgramRepository programs) {
        this.runner = runner;
        this.programs = programs;
    }

    @Override
    public ActivityId planActivity(ActivityCommand c) {
        ActivityId id = ActivityId.random();
        new ProgramChanges(runner, programs)
                .change(c, c.programId(), c.expectedVersion(), p -> p.planActivity(id, ActivityDetails.of(c)));
        return id;
    }
}
