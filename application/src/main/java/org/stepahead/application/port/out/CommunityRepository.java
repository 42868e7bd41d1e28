package org.stepahead.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;

/**
 * Outgoing port: stores {@link Community} aggregates. {@link #save} inserts a new one (version 0) or replaces the
 * stored one if it still has the version the aggregate was loaded at, and returns the new stored version; otherwise
 * it fails with a {@link ConcurrentUpdateException}. Saves take effect when the enclosing
 * {@link UnitOfWork} commits.
 */
public interface CommunityRepository {

    /** The stored community of this id, or empty. */
    Optional<Community> findById(CommunityId id);

    /** The ones of the given ids that exist, in no particular order. */
    List<Community> findAllById(Collection<CommunityId> ids);

    /**
     * Stores the community (see the interface comment on versions) and returns its new stored version; throws
     * ConcurrentUpdateException on a stale version.
     */
    long save(Community aggregate);

    /** Every community, by name. */
    List<Community> findAll();
}
