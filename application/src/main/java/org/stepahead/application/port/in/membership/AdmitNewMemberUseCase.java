package org.stepahead.application.port.in.membership;

import org.stepahead.domain.membership.MembershipId;

/**
 * Use case: register a new educator and admit them, all or nothing — when the admission is refused (a novice as a
 * tutor, a consent after the joining day …) the educator is not registered either.
 */
public interface AdmitNewMemberUseCase {

    /**
     * Registers the educator, admits them and returns the new membership's id; refused as the registration and the
     * admission are, keeping nothing.
     */
    MembershipId admitNew(AdmitNewMemberCommand command);
}
