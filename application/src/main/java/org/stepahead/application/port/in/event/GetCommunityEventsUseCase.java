package org.stepahead.application.port.in.event;

import java.util.List;

/** Use case: read a community's events in a date range. */
public interface GetCommunityEventsUseCase {

    List<EventView> events(CommunityEventsQuery query);
}
