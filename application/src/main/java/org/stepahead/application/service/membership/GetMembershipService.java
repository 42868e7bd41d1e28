package org.stepahead.application.service.membership;

import org.stepahead.application.port.in.membership.GetMembershipUseCase;
import org.stepahead.application.port.in.membership.MembershipView;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.membership.MembershipId;

/** Service: reads one membership. */
public record GetMembershipService(UseCaseRunner runner, MembershipRepository memberships)
        implements GetMembershipUseCase {

    @Override
    public MembershipView membership(MembershipId id) {
        return runner.query(id, q -> Memberships.view(UseCaseRunner.load(memberships, "membership", id)));
    }
}
