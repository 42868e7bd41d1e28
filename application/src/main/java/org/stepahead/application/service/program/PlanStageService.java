package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.PlanStageUseCase;
import org.stepahead.application.port.in.program.StageCommand;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.Period;

/** Service: adds a stage to a draft program. */
public final class PlanStageService implements PlanStageUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;

    public PlanStageService(UseCaseRunner runner, ProgramRepository programs) {
        this.runner = runner;
        this.programs = programs;
    }

    @Override
    public StageId addStage(StageCommand c) {
        StageId id = StageId.random();
        new ProgramChanges(runner, programs)
                .change(
                        c,
                        c.programId(),
                        c.expectedVersion(),
                        p -> p.addStage(
                                id, c.name(), c.kind(), new Period(c.periodStart(), c.periodEnd()), c.description()));
        return id;
    }
}
