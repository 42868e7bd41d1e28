package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.AddIndicatorCommand;
import org.stepahead.application.port.in.program.AddIndicatorUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.IndicatorId;

/** Service: adds an indicator to a draft program. */
public final class AddIndicatorService implements AddIndicatorUseCase {

    private final ProgramChanges programs;

    public AddIndicatorService(UseCaseRunner runner, ProgramRepository programs) {
        this.programs = new ProgramChanges(runner, programs);
    }

    @Override
    public IndicatorId addIndicator(AddIndicatorCommand c) {
        IndicatorId id = IndicatorId.random();
        programs.change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.addIndicator(id, c.name(), c.unit(), c.baseline(), c.target(), c.direction()));
        return id;
    }
}
