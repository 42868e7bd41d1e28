package org.stepahead.application.service.event;

import org.stepahead.application.port.in.event.CancelEventCommand;
import org.stepahead.application.port.in.event.CancelEventUseCase;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: cancels an event. */
public record CancelEventService(UseCaseRunner runner, EventRepository events) implements CancelEventUseCase {

    @Override
    public void cancel(CancelEventCommand c) {
        runner.change(c, events, "event", c.eventId(), c.expectedVersion(), event -> event.cancel(c.reason()));
    }
}
