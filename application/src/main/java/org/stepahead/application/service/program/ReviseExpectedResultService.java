package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.ExpectedResultCommand;
import org.stepahead.application.port.in.program.ReviseExpectedResultUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: revises an expected result of a draft program. */
public final class ReviseExpectedResultService implements ReviseExpectedResultUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;

    public ReviseExpectedResultService(UseCaseRunner runner, ProgramRepository programs) {
        this.runner = runner;
        this.programs = programs;
    }

    @Override
    public void reviseExpectedResult(ExpectedResultCommand c) {
        new ProgramChanges(runner, programs)
                .change(
                        c,
                        c.programId(),
                        c.expectedVersion(),
                        p -> p.reviseExpectedResult(
                                ProgramChanges.required(c.resultId(), "resultId"),
                                c.text(),
                                c.details(),
                                c.kind(),
                                c.stageId()));
    }
}
