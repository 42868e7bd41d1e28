package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.ReviseIndicatorCommand;
import org.stepahead.application.port.in.program.ReviseIndicatorUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: revises an indicator of a draft program. */
public final class ReviseIndicatorService implements ReviseIndicatorUseCase {

    private final ProgramChanges programs;

    public ReviseIndicatorService(UseCaseRunner runner, ProgramRepository programs) {
        this.programs = new ProgramChanges(runner, programs);
    }

    @Override
    public void reviseIndicator(ReviseIndicatorCommand c) {
        programs.change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.reviseIndicator(c.indicatorId(), c.name(), c.unit(), c.baseline(), c.target(), c.direction()));
    }
}
