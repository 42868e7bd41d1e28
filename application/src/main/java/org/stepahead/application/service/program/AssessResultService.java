package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.AssessResultCommand;
import org.stepahead.application.port.in.program.AssessResultUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.Assessment;
import org.stepahead.domain.program.Evidence;

/** Service: assesses an expected result of a running program. */
public final class AssessResultService implements AssessResultUseCase {

    private final ProgramChanges programs;

    public AssessResultService(
            UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities, ClockPort clock) {
        this.programs = new ProgramChanges(runner, programs, communities, clock);
    }

    @Override
    public void assess(AssessResultCommand c) {
        programs.changeToday(
                c,
                c.programId(),
                c.expectedVersion(),
                (p, today) -> p.assessResult(
                        c.resultId(),
                        new Assessment(
                                c.outcome(),
                                c.assessedOn() != null ? c.assessedOn() : today,
                                c.comment(),
                                ProgramChanges.list(c.evidence()).stream()
                                        .map(e -> new Evidence(e.kind(), e.description(), e.reference()))
                                        .toList())));
    }
}
