package org.stepahead.application.port.in.organization;

import org.stepahead.domain.organization.OrganizationId;

/** Use case: read one organization. */
public interface GetOrganizationUseCase {

    /** The organization; an unknown one throws NotFound. */
    OrganizationView get(OrganizationId id);
}
