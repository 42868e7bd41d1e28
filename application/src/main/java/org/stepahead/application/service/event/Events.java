package org.stepahead.application.service.event;

import java.time.LocalDate;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.CommunityId;

/** What the event services share: today in a community. */
final class Events {

    private Events() {}

    static LocalDate today(CommunityRepository communities, ClockPort clock, CommunityId id) {
        return clock.today(UseCaseRunner.load(communities, "community", id).timeZone());
    }
}
