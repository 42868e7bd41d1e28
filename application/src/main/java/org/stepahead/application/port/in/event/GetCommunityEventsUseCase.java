package org.stepahead.application.port.in.event;

import java.util.List;

/** Use case: read a community's events in a date range. */
public interface GetCommunityEventsUseCase {

    /**
     * The community's events from the first day to the last, both included; an invalid query throws
     * InvalidCommandException, a range ending before it starts DomainRuleViolation, an unknown community NotFound.
     */
    List<EventView> events(CommunityEventsQuery query);
}
