package org.stepahead.domain.event;

import java.time.LocalDate;
import org.jmolecules.event.types.DomainEvent;
import org.stepahead.domain.community.CommunityId;

/** Event: an event was scheduled. */
public record EventScheduled(EventId eventId, CommunityId communityId, LocalDate date) implements DomainEvent {}
