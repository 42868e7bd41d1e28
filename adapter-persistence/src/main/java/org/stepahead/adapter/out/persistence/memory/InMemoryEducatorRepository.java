package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;

/** Persistence adapter: educators kept in memory as snapshots. */
final class InMemoryEducatorRepository extends InMemoryRepository<Educator, EducatorId, Educator.Snapshot>
        implements EducatorRepository {

    InMemoryEducatorRepository(InMemoryDatabase database) {
        super(database, database.educators, Educator::restore, Educator::snapshot, Educator::getId, Educator::version);
    }
}
