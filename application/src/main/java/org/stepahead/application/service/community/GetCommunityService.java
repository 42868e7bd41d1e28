package org.stepahead.application.service.community;

import java.util.List;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;

/** Service: reads one community with its organizations' names. */
public record GetCommunityService(
        UseCaseRunner runner, CommunityRepository communities, OrganizationRepository organizations)
        implements GetCommunityUseCase {

    @Override
    public CommunityView get(CommunityId id) {
        return runner.query(id, q -> {
            Community community = UseCaseRunner.load(communities, "community", id);
            return CommunityViews.view(community, CommunityViews.names(organizations, List.of(community)));
        });
    }
}
