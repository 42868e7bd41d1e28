package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.StartStageCommand;
import org.stepahead.application.port.in.program.StartStageUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: starts a stage of an approved program, today unless the command gives a day. */
public final class StartStageService implements StartStageUseCase {

    private final ProgramChanges programs;

    public StartStageService(
            UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities, ClockPort clock) {
        this.programs = new ProgramChanges(runner, programs, communities, clock);
    }

    @Override
    public void startStage(StartStageCommand c) {
        programs.changeToday(
                c,
                c.programId(),
                c.expectedVersion(),
                (p, today) -> p.startStage(c.stageId(), c.day() != null ? c.day() : today));
    }
}
