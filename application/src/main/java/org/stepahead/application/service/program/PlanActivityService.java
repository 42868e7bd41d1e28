package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.PlanActivityCommand;
import org.stepahead.application.port.in.program.PlanActivityUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.ActivityId;

/** Service: plans an activity of a draft program. */
public final class PlanActivityService implements PlanActivityUseCase {

    private final ProgramChanges programs;

    public PlanActivityService(UseCaseRunner runner, ProgramRepository programs) {
        this.programs = new ProgramChanges(runner, programs);
    }

    @Override
    public ActivityId planActivity(PlanActivityCommand c) {
        ActivityId id = ActivityId.random();
        programs.change(c, c.programId(), c.expectedVersion(), p -> p.planActivity(id, ActivityDetails.of(c)));
        return id;
    }
}
