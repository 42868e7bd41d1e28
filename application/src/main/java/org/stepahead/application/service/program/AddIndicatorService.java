package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.AddIndicatorUseCase;
import org.stepahead.application.port.in.program.IndicatorCommand;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.IndicatorId;

/** Service: adds an indicator to a draft program. */
public final class AddIndicatorService implements AddIndicatorUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;

    public AddIndicatorService(UseCaseRunner runner, ProgramRepository programs) {
        this.runner = runner;
        this.programs = programs;
    }

    @Override
    public IndicatorId addIndicator(IndicatorCommand c) {
        IndicatorId id = IndicatorId.random();
        new ProgramChanges(runner, programs)
                .change(
                        c,
                        c.programId(),
                        c.expectedVersion(),
                        p -> p.addIndicator(id, c.name(), c.unit(), c.baseline(), c.target(), c.direction()));
        return id;
    }
}
