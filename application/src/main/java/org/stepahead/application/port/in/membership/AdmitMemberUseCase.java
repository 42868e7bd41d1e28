package org.stepahead.application.port.in.membership;

import org.stepahead.domain.membership.MembershipId;

/** Use case: admit a member who gave consent; an educator is a current member of a community at most once. */
public interface AdmitMemberUseCase {

    /**
     * Admits the educator and returns the new membership's id; an invalid command throws InvalidCommandException, an
     * unknown community or educator NotFound, a current member or an admission the membership rules refuse (a novice as
     * a tutor, a consent after the joining day) DomainRuleViolation.
     */
    MembershipId admit(AdmitMemberCommand command);
}
