package org.stepahead.application.service.community;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import org.stepahead.application.port.in.community.ReviseCommunityCommand;
import org.stepahead.application.port.in.community.ReviseCommunityUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: revises a community's name, founding document, time zone and profile. */
public record ReviseCommunityService(
        UseCaseRunner runner, CommunityRepository communities, OrganizationRepository organizations)
        implements ReviseCommunityUseCase {

    @Override
    public void revise(ReviseCommunityCommand c) {
        ZoneId zone = CommunityInputs.zone(c.timeZone());
        runner.change(c, communities, "community", c.communityId(), c.expectedVersion(), community -> {
            CommunityInputs.requireRegistered(
                    organizations, new LinkedHashSet<>(CommunityInputs.partnerOrganizations(c.profile())));
            community.revise(
                    c.name(),
                    CommunityInputs.document(c.foundingDocument()),
                    zone,
                    CommunityInputs.profile(c.profile()));
        });
    }
}
