package org.stepahead.application.port.in.organization;

import org.stepahead.domain.organization.OrganizationId;

/** Use case: register an organization. */
public interface RegisterOrganizationUseCase {

    OrganizationId register(RegisterOrganizationCommand command);
}
