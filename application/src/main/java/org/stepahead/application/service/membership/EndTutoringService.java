package org.stepahead.application.service.membership;

import java.time.LocalDate;
import org.stepahead.application.port.in.membership.EndTutoringCommand;
import org.stepahead.application.port.in.membership.EndTutoringUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: ends a tutoring link, today unless the command gives a day. */
public record EndTutoringService(
        UseCaseRunner runner, MembershipRepository memberships, CommunityRepository communities, ClockPort clock)
        implements EndTutoringUseCase {

    @Override
    public void end(EndTutoringCommand c) {
        runner.change(c, memberships, "membership", c.tuteeId(), null, tutee -> {
            LocalDate until =
                    c.until() != null ? c.until() : Memberships.today(communities, clock, tutee.communityId());
            tutee.endTutoringBy(c.tutorId(), until);
        });
    }
}
