package org.stepahead.application.service.event;

import org.stepahead.application.port.in.event.RecordMinutesCommand;
import org.stepahead.application.port.in.event.RecordMinutesUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.event.AgendaItem;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.Minutes;

/** Service: records the minutes of an event. */
public record RecordMinutesService(
        UseCaseRunner runner, EventRepository events, CommunityRepository communities, ClockPort clock)
        implements RecordMinutesUseCase {

    @Override
    public void recordMinutes(RecordMinutesCommand c) {
        runner.execute(c, changes -> {
            Event event = Events.load(events, c.eventId());
            UseCaseRunner.expectVersion(c.expectedVersion(), event, "event");
            Minutes minutes = new Minutes(
                    c.number(),
                    c.date(),
                    c.chair(),
                    c.secretary(),
                    c.agenda().stream()
                            .map(a -> new AgendaItem(a.topic(), a.heard(), a.spoke(), a.decided()))
                            .toList());
            event.recordMinutes(minutes, Events.today(communities, clock, event.communityId()));
            return changes.save(events::save, event);
        });
    }
}
