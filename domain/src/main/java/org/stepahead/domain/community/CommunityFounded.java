package org.stepahead.domain.community;

import org.jmolecules.event.types.DomainEvent;
import org.stepahead.domain.organization.OrganizationId;

/** Event: a community was founded. */
public record CommunityFounded(CommunityId communityId, String name, OrganizationId coordinatingOrganization)
        implements DomainEvent {}
