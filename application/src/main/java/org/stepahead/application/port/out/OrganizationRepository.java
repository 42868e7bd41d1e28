package org.stepahead.application.port.out;

import java.util.Collection;
import java.util.List;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;

/**
 * Outgoing port: stores {@link Organization} aggregates, with the versions and saves of {@link AggregateRepository}.
 */
public interface OrganizationRepository extends AggregateRepository<Organization, OrganizationId> {

    /** The ones of the given ids that exist, in no particular order. */
    List<Organization> findAllById(Collection<OrganizationId> ids);

    /** Every organization, by name. */
    List<Organization> findAll();
}
