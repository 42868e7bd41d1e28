package org.stepahead.application.port.in.event;

import java.util.List;
import org.stepahead.domain.event.EventId;

/** Use case: read a community's events in a date range, or one event. */
public interface GetCommunityEventsUseCase {

    List<EventView> events(CommunityEventsQuery query);

    EventView event(EventId id);
}
