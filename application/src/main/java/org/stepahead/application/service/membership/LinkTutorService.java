package org.stepahead.application.service.membership;

import java.time.LocalDate;
import org.stepahead.application.port.in.membership.LinkTutorCommand;
import org.stepahead.application.port.in.membership.LinkTutorUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.membership.Membership;

/** Service: links a tutor to a tutee. */
public record LinkTutorService(
        UseCaseRunner runner,
        MembershipRepository memberships,
        EducatorRepository educators,
        CommunityRepository communities,
        ClockPort clock)
        implements LinkTutorUseCase {

    @Override
    public void link(LinkTutorCommand c) {
        runner.change(c, memberships, "membership", c.tuteeId(), null, tutee -> {
            Membership tutor = UseCaseRunner.load(memberships, "membership", c.tutorId());
            LocalDate since =
                    c.since() != null ? c.since() : Memberships.today(communities, clock, tutee.communityId());
            tutee.assignTutor(
                    tutor,
                    UseCaseRunner.load(educators, "educator", tutor.educatorId())
                            .experience(),
                    c.functions(),
                    since);
        });
    }
}
