package org.stepahead.application.service.event;

import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.GetEventUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;

/** Service: reads one event. */
public record GetEventService(
        UseCaseRunner runner, EventRepository events, ProgramRepository programs, CommunityRepository communities)
        implements GetEventUseCase {

    @Override
    public EventView event(EventId id) {
        return runner.query(id, q -> {
            Event e = UseCaseRunner.load(events, "event", id);
            return EventViews.view(
                    e,
                    UseCaseRunner.load(communities, "community", e.communityId()),
                    new EventViews.ActivityTitles(programs));
        });
    }
}
