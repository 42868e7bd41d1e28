package org.stepahead.application.port.in.membership;

import org.stepahead.domain.membership.MembershipId;

/** Use case: admit a member who gave consent; an educator is a current member of a community at most once. */
public interface AdmitMemberUseCase {

    MembershipId admit(AdmitMemberCommand command);
}
