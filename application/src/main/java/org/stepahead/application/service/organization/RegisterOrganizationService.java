package org.stepahead.application.service.organization;

import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.in.organization.RegisterOrganizationUseCase;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;

/** Service: registers an organization. */
public final class RegisterOrganizationService implements RegisterOrganizationUseCase {

    private final UseCaseRunner runner;
    private final OrganizationRepository organizations;

    public RegisterOrganizationService(UseCaseRunner runner, OrganizationRepository organizations) {
        this.runner = runner;
        this.organizations = organizations;
    }

    @Override
    public OrganizationId register(RegisterOrganizationCommand c) {
        return runner.execute(c, changes -> {
            Organization organization = Organization.register(
                    OrganizationId.random(),
                    c.name(),
                    c.shortName(),
                    c.kind(),
                    c.municipality(),
                    c.lowResults(),
                    c.hardSocialConditions());
            changes.save(organizations::save, organization);
            return organization.getId();
        });
    }
}
