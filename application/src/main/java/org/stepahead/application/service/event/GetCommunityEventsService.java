package org.stepahead.application.service.event;

import java.util.List;
import org.stepahead.application.port.in.event.CommunityEventsQuery;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.GetCommunityEventsUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.shared.DomainRuleViolation;

/** Service: reads a community's events in a date range. */
public record GetCommunityEventsService(
        UseCaseRunner runner, EventRepository events, ProgramRepository programs, CommunityRepository communities)
        implements GetCommunityEventsUseCase {

    @Override
    public List<EventView> events(CommunityEventsQuery q) {
        return runner.query(q, query -> {
            if (q.to().isBefore(q.from())) {
                throw new DomainRuleViolation("period.endBeforeStart", q.from(), q.to());
            }
            Community community = UseCaseRunner.load(communities, "community", q.communityId());
            EventViews.ActivityTitles titles = new EventViews.ActivityTitles(programs);
            return events.findByCommunityBetween(q.communityId(), q.from(), q.to()).stream()
                    .map(e -> EventViews.view(e, community, titles))
                    .toList();
        });
    }
}
