package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.StageLifecycleCommand;
import org.stepahead.application.port.in.program.StartStageUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: starts a stage of an approved program, today unless the command gives a day. */
public final class StartStageService implements StartStageUseCase {

    private final UseCaseRunner runner;
    private final ProgramRepository programs;
    private final CommunityRepository communities;
    private final ClockPort clock;

    public StartStageService(
            UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities, ClockPort clock) {
        this.runner = runner;
        this.programs = programs;
        this.communities = communities;
        this.clock = clock;
    }

    @Override
    public void startStage(StageLifecycleCommand c) {
        new ProgramChanges(runner, programs)
                .changeToday(
                        c,
                        c.programId(),
                        c.expectedVersion(),
                        communities,
                        clock,
                        (p, today) -> p.startStage(c.stageId(), c.day() != null ? c.day() : today));
    }
}
