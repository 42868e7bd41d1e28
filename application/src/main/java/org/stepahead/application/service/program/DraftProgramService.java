package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.DraftProgramUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.Period;

/** Service: drafts a program of a community. */
public record DraftProgramService(UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities)
        implements DraftProgramUseCase {

    @Override
    public ProgramId draft(DraftProgramCommand c) {
        return runner.create(c, programs, () -> {
            UseCaseRunner.load(communities, "community", c.communityId());
            return Program.draft(
                    ProgramId.random(),
                    c.communityId(),
                    c.kind(),
                    c.title(),
                    c.summary(),
                    c.goal(),
                    ProgramChanges.list(c.tasks()),
                    new Period(c.periodStart(), c.periodEnd()));
        });
    }
}
