package org.stepahead.application.service.membership;

import org.stepahead.application.port.in.membership.AdmitMemberCommand;
import org.stepahead.application.port.in.membership.AdmitMemberUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.membership.Consent;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.shared.DomainRuleViolation;

/** Service: admits a registered educator to a community. */
public record AdmitMemberService(
        UseCaseRunner runner,
        MembershipRepository memberships,
        EducatorRepository educators,
        CommunityRepository communities)
        implements AdmitMemberUseCase {

    @Override
    public MembershipId admit(AdmitMemberCommand c) {
        return runner.create(c, memberships, () -> {
            UseCaseRunner.load(communities, "community", c.communityId());
            Educator educator = UseCaseRunner.load(educators, "educator", c.educatorId());
            if (memberships.findActive(c.communityId(), c.educatorId()).isPresent()) {
                throw new DomainRuleViolation("membership.alreadyMember");
            }
            return Membership.admit(
                    MembershipId.random(),
                    c.communityId(),
                    c.educatorId(),
                    c.roles(),
                    c.joinedOn(),
                    new Consent(c.consentGivenOn(), c.consentBasis()),
                    c.admissionBasis(),
                    educator.experience());
        });
    }
}
