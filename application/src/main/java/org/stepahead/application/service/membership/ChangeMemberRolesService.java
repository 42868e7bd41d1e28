package org.stepahead.application.service.membership;

import org.stepahead.application.port.in.membership.ChangeMemberRolesCommand;
import org.stepahead.application.port.in.membership.ChangeMemberRolesUseCase;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: changes a member's roles. */
public record ChangeMemberRolesService(
        UseCaseRunner runner, MembershipRepository memberships, EducatorRepository educators)
        implements ChangeMemberRolesUseCase {

    @Override
    public void changeRoles(ChangeMemberRolesCommand c) {
        runner.change(
                c,
                memberships,
                "membership",
                c.membershipId(),
                c.expectedVersion(),
                m -> m.changeRoles(
                        c.roles(),
                        UseCaseRunner.load(educators, "educator", m.educatorId())
                                .experience()));
    }
}
