package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.ReviseStageCommand;
import org.stepahead.application.port.in.program.ReviseStageUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.shared.Period;

/** Service: revises a stage of a draft program. */
public final class ReviseStageService implements ReviseStageUseCase {

    private final ProgramChanges programs;

    public ReviseStageService(UseCaseRunner runner, ProgramRepository programs) {
        this.programs = new ProgramChanges(runner, programs);
    }

    @Override
    public void reviseStage(ReviseStageCommand c) {
        programs.change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.reviseStage(
                        c.stageId(), c.name(), c.kind(), new Period(c.periodStart(), c.periodEnd()), c.description()));
    }
}
