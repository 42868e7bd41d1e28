package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.ReviseDirectionCommand;
import org.stepahead.application.port.in.program.ReviseDirectionUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: revises a direction of a draft program. */
public final class ReviseDirectionService implements ReviseDirectionUseCase {

    private final ProgramChanges programs;

    public ReviseDirectionService(UseCaseRunner runner, ProgramRepository programs) {
        this.programs = new ProgramChanges(runner, programs);
    }

    @Override
    public void reviseDirection(ReviseDirectionCommand c) {
        programs.change(
                c, c.programId(), c.expectedVersion(), p -> p.reviseDirection(c.directionId(), c.code(), c.title()));
    }
}
