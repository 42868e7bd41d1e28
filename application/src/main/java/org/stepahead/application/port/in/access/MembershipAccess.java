package org.stepahead.application.port.in.access;

import java.util.Set;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;

/** Read model: who a membership concerns — its community, its member, and the members tutoring it now. */
public record MembershipAccess(CommunityId communityId, EducatorId member, Set<EducatorId> activeTutors) {

    public MembershipAccess {
        activeTutors = Set.copyOf(activeTutors);
    }
}
