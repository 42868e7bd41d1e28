package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.CloseStageUseCase;
import org.stepahead.application.port.in.program.StageLifecycleCommand;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: closes the running stage of a program, today unless the command gives a day. */
public final class CloseStageService implements CloseStageUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;
    private final CommunityRepository communities;
    private final ClockPort clock;

    public CloseStageService(
            UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities, ClockPort clock) {
        this.runner = runner;
        this.programs = programs;
        this.communities = communities;
        this.clock = clock;
    }

    @Override
    public void closeStage(StageLifecycleCommand c) {
        new ProgramChanges(runner, programs)
                .changeToday(
                        c,
                        c.programId(),
                        c.expectedVersion(),
                        communities,
                        clock,
                        (p, today) -> p.closeStage(c.stageId(), c.day() != null ? c.day() : today));
    }
}
