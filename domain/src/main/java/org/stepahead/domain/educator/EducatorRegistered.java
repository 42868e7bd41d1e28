package org.stepahead.domain.educator;

import org.jmolecules.event.types.DomainEvent;
import org.stepahead.domain.organization.OrganizationId;

/** Event: an educator was registered. */
public record EducatorRegistered(EducatorId educatorId, OrganizationId organizationId) implements DomainEvent {}
