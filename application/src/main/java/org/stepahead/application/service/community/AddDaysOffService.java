package org.stepahead.application.service.community;

import org.stepahead.application.port.in.community.AddDaysOffCommand;
import org.stepahead.application.port.in.community.AddDaysOffUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.DayOff;
import org.stepahead.domain.shared.Period;

/** Service: marks days a community does not work. */
public record AddDaysOffService(UseCaseRunner runner, CommunityRepository communities) implements AddDaysOffUseCase {

    @Override
    public long addDaysOff(AddDaysOffCommand c) {
        return runner.change(
                c,
                communities,
                "community",
                c.communityId(),
                c.expectedVersion(),
                community -> community.addDaysOff(new DayOff(Period.of(c.from(), c.to()), c.reason())));
    }
}
