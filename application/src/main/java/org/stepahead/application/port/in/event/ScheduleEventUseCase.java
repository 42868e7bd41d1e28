package org.stepahead.application.port.in.event;

import org.stepahead.domain.event.EventId;

/** Use case: schedule an event from an activity or a standalone one. */
public interface ScheduleEventUseCase {

    /**
     * Schedules the event and returns its id; an invalid command (a program without an activity or the reverse, a
     * standalone event without a title) throws InvalidCommandException, an unknown community, program or activity
     * NotFound, a date outside the stage or an end before the start DomainRuleViolation.
     */
    EventId schedule(ScheduleEventCommand command);
}
