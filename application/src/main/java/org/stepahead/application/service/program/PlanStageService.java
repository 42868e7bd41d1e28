package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.PlanStageCommand;
import org.stepahead.application.port.in.program.PlanStageUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.Period;

/** Service: adds a stage to a draft program. */
public final class PlanStageService implements PlanStageUseCase {

    private final ProgramChanges programs;

    public PlanStageService(UseCaseRunner runner, ProgramRepository programs) {
        this.programs = new ProgramChanges(runner, programs);
    }

    @Override
    public StageId addStage(PlanStageCommand c) {
        StageId id = StageId.random();
        programs.change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.addStage(id, c.name(), c.kind(), new Period(c.periodStart(), c.periodEnd()), c.description()));
        return id;
    }
}
