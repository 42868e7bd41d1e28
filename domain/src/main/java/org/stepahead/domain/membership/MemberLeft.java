package org.stepahead.domain.membership;

import java.time.LocalDate;
import java.util.Set;
import org.jmolecules.event.types.DomainEvent;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;

/** Event: a member left a community; their tutoring links ended. */
public record MemberLeft(MembershipId membershipId, CommunityId communityId, LocalDate leftOn) implements DomainEvent {}
