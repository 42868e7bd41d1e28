package org.stepahead.application.port.out;

import java.util.Optional;
import org.stepahead.domain.shared.Aggregate;

/**
 * Outgoing port: what every store of aggregates offers. {@link #save} inserts a new aggregate (version 0) or replaces
 * the stored one if it still has the version the aggregate was loaded at, and returns the new stored version;
 * otherwise it fails with a {@link ConcurrentUpdateException}. Saves take effect when the enclosing {@link UnitOfWork}
 * commits.
 *
 * @param <A> the aggregate
 * @param <I> its id
 */
public interface AggregateRepository<A extends Aggregate<?, ?>, I> {

    /** The stored aggregate of this id, or empty. */
    Optional<A> findById(I id);

    /**
     * Stores the aggregate (see the interface comment on versions) and returns its new stored version; throws
     * ConcurrentUpdateException on a stale version.
     */
    long save(A aggregate);
}
