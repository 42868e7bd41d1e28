package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.ReviseStageUseCase;
import org.stepahead.application.port.in.program.StageCommand;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.shared.Period;

/** Service: revises a stage of a draft program. */
public final class ReviseStageService implements ReviseStageUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;

    public ReviseStageService(UseCaseRunner runner, ProgramRepository programs) {
        this.runner = runner;
        this.programs = programs;
    }

    @Override
    public void reviseStage(StageCommand c) {
        new ProgramChanges(runner, programs)
                .change(
                        c,
                        c.programId(),
                        c.expectedVersion(),
                        p -> p.reviseStage(
                                ProgramChanges.required(c.stageId(), "stageId"),
                                c.name(),
                                c.kind(),
                                new Period(c.periodStart(), c.periodEnd()),
                                c.description()));
    }
}
