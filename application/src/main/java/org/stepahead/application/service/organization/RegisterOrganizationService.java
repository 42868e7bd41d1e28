package org.stepahead.application.service.organization;

import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.in.organization.RegisterOrganizationUseCase;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;

/** Service: registers an organization. */
public record RegisterOrganizationService(UseCaseRunner runner, OrganizationRepository organizations)
        implements RegisterOrganizationUseCase {

    @Override
    public OrganizationId register(RegisterOrganizationCommand c) {
        return runner.create(c, organizations, () -> {
            return Organization.register(
                    OrganizationId.random(),
                    c.name(),
                    c.shortName(),
                    c.kind(),
                    c.municipality(),
                    c.lowResults(),
                    c.hardSocialConditions());
        });
    }
}
