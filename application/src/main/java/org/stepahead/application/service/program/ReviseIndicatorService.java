package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.IndicatorCommand;
import org.stepahead.application.port.in.program.ReviseIndicatorUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: revises an indicator of a draft program. */
public final class ReviseIndicatorService implements ReviseIndicatorUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;

    public ReviseIndicatorService(UseCaseRunner runner, ProgramRepository programs) {
        this.runner = runner;
        this.programs = programs;
    }

    @Override
    public void reviseIndicator(IndicatorCommand c) {
        new ProgramChanges(runner, programs)
                .change(
                        c,
                        c.programId(),
                        c.expectedVersion(),
                        p -> p.reviseIndicator(
                                ProgramChanges.required(c.indicatorId(), "indicatorId"),
                                c.name(),
                                c.unit(),
                                c.baseline(),
                                c.target(),
                                c.direction()));
    }
}
