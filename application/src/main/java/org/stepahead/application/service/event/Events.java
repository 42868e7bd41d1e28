package org.stepahead.application.service.event;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.shared.NotFound;

/** What the event services share: finding what a command names, and today in a community. */
final class Events {

    private Events() {}

    static LocalDate today(CommunityRepository communities, ClockPort clock, CommunityId id) {
        return clock.today(community(communities, id).timeZone());
    }

    static Community community(CommunityRepository communities, CommunityId id) {
        return communities.findById(id).orElseThrow(() -> new NotFound("community", id));
    }

    static Event load(EventRepository events, EventId id) {
        return events.findById(id).orElseThrow(() -> new NotFound("event", id));
    }

    /** Runs a command that changes one stored event at the version it was based on, and saves it. */
    static void change(
            UseCaseRunner runner,
            EventRepository events,
            Object command,
            EventId id,
            Long expectedVersion,
            Consumer<Event> work) {
        runner.execute(command, changes -> {
            Event event = load(events, id);
            UseCaseRunner.expectVersion(expectedVersion, event, "event");
            work.accept(event);
            return changes.save(events::save, event);
        });
    }
}
