package org.stepahead.domain.membership;

import java.time.LocalDate;
import java.util.Set;
import org.jmolecules.event.types.DomainEvent;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;

/** Event: a member's roles changed. */
public record MemberRolesChanged(MembershipId membershipId, Set<Role> roles) implements DomainEvent {}
