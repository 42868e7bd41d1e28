package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.AddExpectedResultCommand;
import org.stepahead.application.port.in.program.AddExpectedResultUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.ExpectedResultId;

/** Service: adds an expected result to a draft program. */
public final class AddExpectedResultService implements AddExpectedResultUseCase {

    private final ProgramChanges programs;

    public AddExpectedResultService(UseCaseRunner runner, ProgramRepository programs) {
        this.programs = new ProgramChanges(runner, programs);
    }

    @Override
    public ExpectedResultId addExpectedResult(AddExpectedResultCommand c) {
        ExpectedResultId id = ExpectedResultId.random();
        programs.change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.addExpectedResult(id, c.text(), c.details(), c.kind(), c.stageId()));
        return id;
    }
}
