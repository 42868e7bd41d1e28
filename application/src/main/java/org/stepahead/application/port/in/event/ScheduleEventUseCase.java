package org.stepahead.application.port.in.event;

import org.stepahead.domain.event.EventId;

/** Use case: schedule an event from an activity or a standalone one. */
public interface ScheduleEventUseCase {

    EventId schedule(ScheduleEventCommand command);
}
