package org.stepahead.application.port.in.event;

import org.stepahead.domain.event.EventId;

/** Use case: read one event. */
public interface GetEventUseCase {

    /** The event; an unknown one throws NotFound. */
    EventView event(EventId id);
}
