package org.stepahead.domain.event;

import org.jmolecules.event.types.DomainEvent;

/** Event: the minutes of an event were recorded. */
public record MinutesRecorded(EventId eventId, String number) implements DomainEvent {}
