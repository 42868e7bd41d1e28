package org.stepahead.domain.event;

import org.jmolecules.event.types.DomainEvent;

/** Event: an event was cancelled. */
public record EventCancelled(EventId eventId, String reason) implements DomainEvent {}
