package org.stepahead.domain.community;

import org.jmolecules.event.types.DomainEvent;

/** Event: a community's profile (goal, functions, principles, directions …) was revised. */
public record CommunityRevised(CommunityId communityId) implements DomainEvent {}
