package org.stepahead.application.service.program;

import org.stepahead.application.port.in.program.ApproveProgramCommand;
import org.stepahead.application.port.in.program.ApproveProgramUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.program.Approval;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.Official;

/** Service: approves a program, on today's date in its community unless the command gives one. */
public record ApproveProgramService(
        UseCaseRunner runner, ProgramRepository programs, CommunityRepository communities, ClockPort clock)
        implements ApproveProgramUseCase {

    @Override
    public void approve(ApproveProgramCommand c) {
        runner.change(c, programs, "program", c.programId(), c.expectedVersion(), program -> {
            Community community = ProgramChanges.community(communities, program);
            DocumentRef order = c.orderTitle() == null && c.orderNumber() == null && c.orderDate() == null
                    ? null
                    : new DocumentRef(
                            c.orderTitle() == null ? "Приказ" : c.orderTitle(), c.orderNumber(), c.orderDate());
            program.approve(new Approval(
                    new Official(c.approvedBy().position(), c.approvedBy().name()),
                    c.approvedOn() != null ? c.approvedOn() : clock.today(community.timeZone()),
                    order,
                    ProgramChanges.list(c.agreedBy()).stream()
                            .map(o -> new Official(o.position(), o.name()))
                            .toList()));
        });
    }
}
