package org.stepahead.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.List;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;

/** Persistence adapter: communities kept in memory as snapshots. */
final class InMemoryCommunityRepository extends InMemoryRepository<Community, CommunityId, Community.Snapshot>
        implements CommunityRepository {

    InMemoryCommunityRepository(InMemoryDatabase database) {
        super(
                database,
                database.communities,
                Community::restore,
                Community::snapshot,
                Community::getId,
                Community::version);
    }

    @Override
    public List<Community> findAll() {
        return where(s -> true)
                .sorted(Comparator.comparing(Community::name, RussianOrder.text())
                        .thenComparing(c -> c.getId().toString()))
                .toList();
    }
}
