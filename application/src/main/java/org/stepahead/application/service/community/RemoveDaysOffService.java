package org.stepahead.application.service.community;

import org.stepahead.application.port.in.community.RemoveDaysOffCommand;
import org.stepahead.application.port.in.community.RemoveDaysOffUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: removes days off a community marked. */
public record RemoveDaysOffService(UseCaseRunner runner, CommunityRepository communities)
        implements RemoveDaysOffUseCase {

    @Override
    public long removeDaysOff(RemoveDaysOffCommand c) {
        return runner.change(
                c,
                communities,
                "community",
                c.communityId(),
                c.expectedVersion(),
                community -> community.removeDaysOff(c.from()));
    }
}
