package org.stepahead.domain.community;

import org.jmolecules.event.types.DomainEvent;

/**
 * Event: a community's own data — its name, founding document, time zone or profile (goal, functions, principles,
 * directions …) — was revised.
 */
public record CommunityRevised(CommunityId communityId) implements DomainEvent {}
