package org.stepahead.application.service.community;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityUseCase;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.organization.OrganizationId;

/** Service: founds a community coordinated by a registered organization. */
public record FoundCommunityService(
        UseCaseRunner runner, CommunityRepository communities, OrganizationRepository organizations)
        implements FoundCommunityUseCase {

    @Override
    public CommunityId found(FoundCommunityCommand c) {
        return runner.create(c, communities, () -> {
            ZoneId zone = CommunityInputs.zone(c.timeZone());
            Set<OrganizationId> named = new LinkedHashSet<>();
            named.add(c.coordinatingOrganization());
            named.addAll(CommunityInputs.partnerOrganizations(c.profile()));
            CommunityInputs.requireRegistered(organizations, named);
            return Community.found(
                    CommunityId.random(),
                    c.name(),
                    c.kind(),
                    c.level(),
                    c.coordinatingOrganization(),
                    CommunityInputs.document(c.foundingDocument()),
                    zone,
                    CommunityInputs.profile(c.profile()));
        });
    }
}
