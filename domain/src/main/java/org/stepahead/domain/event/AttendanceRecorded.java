package org.stepahead.domain.event;

import org.jmolecules.event.types.DomainEvent;

/** Event: who attended an event was recorded. */
public record AttendanceRecorded(EventId eventId, int present, int absent, int guests) implements DomainEvent {}
