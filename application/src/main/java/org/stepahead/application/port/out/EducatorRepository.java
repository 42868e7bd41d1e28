package org.stepahead.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;

/**
 * Outgoing port: stores {@link Educator} aggregates. {@link #save} inserts a new one (version 0) or replaces the
 * stored one if it still has the version the aggregate was loaded at, and returns the new stored version; otherwise
 * it fails with a {@link ConcurrentUpdateException}. Saves take effect when the enclosing
 * {@link UnitOfWork} commits.
 */
public interface EducatorRepository {

    /** The stored educator of this id, or empty. */
    Optional<Educator> findById(EducatorId id);

    /** The ones of the given ids that exist, in no particular order. */
    List<Educator> findAllById(Collection<EducatorId> ids);

    /**
     * Stores the educator (see the interface comment on versions) and returns its new stored version; throws
     * ConcurrentUpdateException on a stale version.
     */
    long save(Educator aggregate);

    /**
     * Saves many educators at once (a register imported from a school system), with the same rules as {@link #save};
     * a store may write them in batches.
     */
    default void saveAll(List<Educator> educators) {
        educators.forEach(this::save);
    }
}
