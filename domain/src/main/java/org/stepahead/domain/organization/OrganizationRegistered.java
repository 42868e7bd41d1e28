package org.stepahead.domain.organization;

import org.jmolecules.event.types.DomainEvent;

/** Event: an organization was registered. */
public record OrganizationRegistered(OrganizationId organizationId, String name) implements DomainEvent {}
