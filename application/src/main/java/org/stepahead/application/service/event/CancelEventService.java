package org.stepahead.application.service.event;

import org.stepahead.application.port.in.event.CancelEventCommand;
import org.stepahead.application.port.in.event.CancelEventUseCase;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.event.Event;

/** Service: cancels an event. */
public final class CancelEventService implements CancelEventUseCase {

    private final UseCaseRunner runner;
    private final EventRepository events;

    public CancelEventService(UseCaseRunner runner, EventRepository events) {
        this.runner = runner;
        this.events = events;
    }

    @Override
    public void cancel(CancelEventCommand c) {
        runner.execute(c, changes -> {
            Event event = Events.load(events, c.eventId());
            UseCaseRunner.expectVersion(c.expectedVersion(), event, "event");
            event.cancel(c.reason());
            return changes.save(events::save, event);
        });
    }
}
