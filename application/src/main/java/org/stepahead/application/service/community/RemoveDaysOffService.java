package org.stepahead.application.service.community;

import org.stepahead.application.port.in.community.RemoveDaysOffCommand;
import org.stepahead.application.port.in.community.RemoveDaysOffUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.shared.NotFound;

/** Service: removes days off a community marked. */
public record RemoveDaysOffService(UseCaseRunner runner, CommunityRepository communities)
        implements RemoveDaysOffUseCase {

    @Override
    public long removeDaysOff(RemoveDaysOffCommand c) {
        return runner.execute(c, changes -> {
            Community community =
                    communities.findById(c.communityId()).orElseThrow(() -> new NotFound("community", c.communityId()));
            UseCaseRunner.expectVersion(c.expectedVersion(), community, "community");
            community.removeDaysOff(c.from());
            return changes.save(communities::save, community);
        });
    }
}
