package org.stepahead.application.port.in.event;

import org.stepahead.domain.event.EventId;

/** Use case: read one event. */
public interface GetEventUseCase {

    EventView event(EventId id);
}
