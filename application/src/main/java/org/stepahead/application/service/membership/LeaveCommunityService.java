package org.stepahead.application.service.membership;

import java.time.LocalDate;
import org.stepahead.application.port.in.membership.LeaveCommunityCommand;
import org.stepahead.application.port.in.membership.LeaveCommunityUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.membership.Membership;

/** Service: lets a member leave, ending every tutoring link they are the tutor of. */
public record LeaveCommunityService(
        UseCaseRunner runner, MembershipRepository memberships, CommunityRepository communities, ClockPort clock)
        implements LeaveCommunityUseCase {

    @Override
    public void leave(LeaveCommunityCommand c) {
        runner.execute(c, changes -> {
            Membership membership = UseCaseRunner.load(memberships, "membership", c.membershipId());
            UseCaseRunner.expectVersion(c.expectedVersion(), membership, "membership");
            LocalDate day =
                    c.leftOn() != null ? c.leftOn() : Memberships.today(communities, clock, membership.communityId());
            membership.leave(day);
            changes.save(memberships::save, membership);
            for (Membership tutee : memberships.findTuteesOf(membership.getId())) {
                tutee.endTutoringBy(membership.getId(), day);
                changes.save(memberships::save, tutee);
            }
            return null;
        });
    }
}
