package org.stepahead.application.port.in.organization;

import org.stepahead.domain.organization.OrganizationId;

/** Use case: register an organization. */
public interface RegisterOrganizationUseCase {

    /** Registers the organization and returns its new id; an invalid command throws InvalidCommandException. */
    OrganizationId register(RegisterOrganizationCommand command);
}
