package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.CloseStageCommand;
import org.stepahead.application.port.in.program.CloseStageUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: closes the running stage of a program, today unless the command gives a day. */
public final class CloseStageService implements CloseStageUseCase {

    private final ProgramChanges programs;

    public CloseStageService(
            UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities, ClockPort clock) {
        this.programs = new ProgramChanges(runner, programs, communities, clock);
    }

    @Override
    public void closeStage(CloseStageCommand c) {
        programs.changeToday(
                c,
                c.programId(),
                c.expectedVersion(),
                (p, today) -> p.closeStage(c.stageId(), c.day() != null ? c.day() : today));
    }
}
