package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.AddDirectionCommand;
import org.stepahead.application.port.in.program.AddDirectionUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.DirectionId;

/** Service: adds a direction to a draft program. */
public final class AddDirectionService implements AddDirectionUseCase {

    private final ProgramChanges programs;

    public AddDirectionService(UseCaseRunner runner, ProgramRepository programs) {
        this.programs = new ProgramChanges(runner, programs);
    }

    @Override
    public DirectionId addDirection(AddDirectionCommand c) {
        DirectionId id = DirectionId.random();
        programs.change(c, c.programId(), c.expectedVersion(), p -> p.addDirection(id, c.code(), c.title()));
        return id;
    }
}
