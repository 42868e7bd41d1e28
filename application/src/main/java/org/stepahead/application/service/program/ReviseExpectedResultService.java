package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.ReviseExpectedResultCommand;
import org.stepahead.application.port.in.program.ReviseExpectedResultUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: revises an expected result of a draft program. */
public final class ReviseExpectedResultService implements ReviseExpectedResultUseCase {

    private final ProgramChanges programs;

    public ReviseExpectedResultService(UseCaseRunner runner, ProgramRepository programs) {
        this.programs = new ProgramChanges(runner, programs);
    }

    @Override
    public void reviseExpectedResult(ReviseExpectedResultCommand c) {
        programs.change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.reviseExpectedResult(c.resultId(), c.text(), c.details(), c.kind(), c.stageId()));
    }
}
