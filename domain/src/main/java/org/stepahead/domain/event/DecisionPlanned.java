package org.stepahead.domain.event;

import org.jmolecules.event.types.DomainEvent;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;

/** Event: a decision of an event's minutes became an activity of a program. */
public record DecisionPlanned(EventId eventId, int item, int decision, ProgramId programId, ActivityId activityId)
        implements DomainEvent {}
