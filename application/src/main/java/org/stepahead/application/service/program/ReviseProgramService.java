package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.ReviseProgramCommand;
import org.stepahead.application.port.in.program.ReviseProgramUseCase;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.shared.Period;

/** Service: revises a draft program's kind, title, summary, goal, tasks and period. */
public final class ReviseProgramService implements ReviseProgramUseCase {

    private final ProgramChanges programs;

    public ReviseProgramService(UseCaseRunner runner, ProgramRepository programs) {
        this.programs = new ProgramChanges(runner, programs);
    }

    @Override
    public void revise(ReviseProgramCommand c) {
        programs.change(
                c,
                c.programId(),
                c.expectedVersion(),
                p -> p.revise(
                        c.kind(),
                        c.title(),
                        c.summary(),
                        c.goal(),
                        ProgramChanges.list(c.tasks()),
                        new Period(c.periodStart(), c.periodEnd())));
    }
}
