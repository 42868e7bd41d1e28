package org.stepahead.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;

/**
 * Outgoing port: stores {@link Organization} aggregates. {@link #save} inserts a new one (version 0) or replaces the
 * stored one if it still has the version the aggregate was loaded at, and returns the new stored version; otherwise
 * it fails with a {@link ConcurrentUpdateException}. Saves take effect when the enclosing
 * {@link UnitOfWork} commits.
 */
public interface OrganizationRepository {

    /** The stored organization of this id, or empty. */
    Optional<Organization> findById(OrganizationId id);

    /** The ones of the given ids that exist, in no particular order. */
    List<Organization> findAllById(Collection<OrganizationId> ids);

    /**
     * Stores the organization (see the interface comment on versions) and returns its new stored version; throws
     * ConcurrentUpdateException on a stale version.
     */
    long save(Organization aggregate);

    /** Every organization, by name. */
    List<Organization> findAll();
}
