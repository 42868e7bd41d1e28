package org.stepahead.application.port.out;

import java.util.Collection;
import java.util.List;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;

/**
 * Outgoing port: stores {@link Educator} aggregates, with the versions and saves of {@link AggregateRepository}.
 */
public interface EducatorRepository extends AggregateRepository<Educator, EducatorId> {

    /** The ones of the given ids that exist, in no particular order. */
    List<Educator> findAllById(Collection<EducatorId> ids);

    /**
     * Saves many educators at once (a register imported from a school system), with the same rules as {@link #save};
     * a store may write them in batches.
     */
    default void saveAll(List<Educator> educators) {
        educators.forEach(this::save);
    }
}
