package org.stepahead.application.service.membership;

import org.stepahead.application.port.in.membership.ChangeMemberRolesCommand;
import org.stepahead.application.port.in.membership.ChangeMemberRolesUseCase;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.membership.Membership;

/** Service: changes a member's roles. */
public record ChangeMemberRolesService(
        UseCaseRunner runner, MembershipRepository memberships, EducatorRepository educators)
        implements ChangeMemberRolesUseCase {

    @Override
    public void changeRoles(ChangeMemberRolesCommand c) {
        runner.execute(c, changes -> {
            Membership membership = Memberships.load(memberships, c.membershipId());
            UseCaseRunner.expectVersion(c.expectedVersion(), membership, "membership");
            membership.changeRoles(
                    c.roles(),
                    Memberships.educator(educators, membership.educatorId()).experience());
            return changes.save(memberships::save, membership);
        });
    }
}
