package org.stepahead.application.port.in.membership;

import org.stepahead.domain.membership.MembershipId;

/** Use case: read one membership. */
public interface GetMembershipUseCase {

    /** The membership; an unknown one throws NotFound. */
    MembershipView membership(MembershipId id);
}
