package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.AddDirectionUseCase;
import org.stepahead.application.port.in.program.DirectionCommand;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.DirectionId;

/** Service: adds a direction to a draft program. */
public final class AddDirectionService implements AddDirectionUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;

    public AddDirectionService(UseCaseRunner runner, ProgramRepository programs) {
        this.runner = runner;
        this.programs = programs;
    }

    @Override
    public DirectionId addDirection(DirectionCommand c) {
        DirectionId id = DirectionId.random();
        new ProgramChanges(runner, programs)
                .change(c, c.programId(), c.expectedVersion(), p -> p.addDirection(id, c.code(), c.title()));
        return id;
    }
}
