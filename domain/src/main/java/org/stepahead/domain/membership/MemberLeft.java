package org.stepahead.domain.membership;

import java.time.LocalDate;
import org.jmolecules.event.types.DomainEvent;
import org.stepahead.domain.community.CommunityId;

/** Event: a member left a community; their tutoring links ended. */
public record MemberLeft(MembershipId membershipId, CommunityId communityId, LocalDate leftOn) implements DomainEvent {}
