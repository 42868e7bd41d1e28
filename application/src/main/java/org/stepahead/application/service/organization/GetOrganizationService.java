package org.stepahead.application.service.organization;

import org.stepahead.application.port.in.organization.GetOrganizationUseCase;
import org.stepahead.application.port.in.organization.OrganizationView;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;

/** Service: reads one organization. */
public record GetOrganizationService(UseCaseRunner runner, OrganizationRepository organizations)
        implements GetOrganizationUseCase {

    @Override
    public OrganizationView get(OrganizationId id) {
        return runner.query(id, q -> view(UseCaseRunner.load(organizations, "organization", id)));
    }

    static OrganizationView view(Organization o) {
        return new OrganizationView(
                o.getId(),
                o.version(),
                o.name(),
                o.shortName(),
                o.kind(),
                o.municipality(),
                o.lowResults(),
                o.hardSocialConditions());
    }
}
