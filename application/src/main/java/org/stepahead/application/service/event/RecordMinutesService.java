package org.stepahead.application.service.event;

import org.stepahead.application.port.in.event.RecordMinutesCommand;
import org.stepahead.application.port.in.event.RecordMinutesUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.event.AgendaItem;
import org.stepahead.domain.event.Minutes;

/** Service: records the minutes of an event. */
public record RecordMinutesService(
        UseCaseRunner runner, EventRepository events, CommunityRepository communities, ClockPort clock)
        implements RecordMinutesUseCase {

    @Override
    public void recordMinutes(RecordMinutesCommand c) {
        Minutes minutes = new Minutes(
                c.number(),
                c.date(),
                c.chair(),
                c.secretary(),
                c.agenda().stream()
                        .map(a -> new AgendaItem(a.topic(), a.heard(), a.spoke(), a.decided()))
                        .toList());
        runner.change(
                c,
                events,
                "event",
                c.eventId(),
                c.expectedVersion(),
                event -> event.recordMinutes(minutes, Events.today(communities, clock, event.communityId())));
    }
}
