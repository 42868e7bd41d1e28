package org.stepahead.domain.membership;

import java.util.Set;
import org.jmolecules.event.types.DomainEvent;

/** Event: a member's roles changed. */
public record MemberRolesChanged(MembershipId membershipId, Set<Role> roles) implements DomainEvent {}
