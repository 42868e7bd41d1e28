package org.stepahead.application.port.in.membership;

import org.stepahead.domain.membership.MembershipId;

/** Use case: read one membership. */
public interface GetMembershipUseCase {

    MembershipView membership(MembershipId id);
}
