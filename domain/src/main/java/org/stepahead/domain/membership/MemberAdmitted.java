package org.stepahead.domain.membership;

import java.util.Set;
import org.jmolecules.event.types.DomainEvent;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;

/** Event: an educator was admitted to a community, with consent. */
public record MemberAdmitted(MembershipId membershipId, CommunityId communityId, EducatorId educatorId, Set<Role> roles)
        implements DomainEvent {}
