package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.DirectionCommand;
import org.stepahead.application.port.in.program.ReviseDirectionUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: revises a direction of a draft program. */
public final class ReviseDirectionService implements ReviseDirectionUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;

    public ReviseDirectionService(UseCaseRunner runner, ProgramRepository programs) {
        this.runner = runner;
        this.programs = programs;
    }

    @Override
    public void reviseDirection(DirectionCommand c) {
        new ProgramChanges(runner, programs)
                .change(
                        c,
                        c.programId(),
                        c.expectedVersion(),
                        p -> p.reviseDirection(
                                ProgramChanges.required(c.directionId(), "directionId"), c.code(), c.title()));
    }
}
