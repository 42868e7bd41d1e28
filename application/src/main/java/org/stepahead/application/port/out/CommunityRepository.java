package org.stepahead.application.port.out;

import java.util.Collection;
import java.util.List;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;

/**
 * Outgoing port: stores {@link Community} aggregates, with the versions and saves of {@link AggregateRepository}.
 */
public interface CommunityRepository extends AggregateRepository<Community, CommunityId> {

    /** The ones of the given ids that exist, in no particular order. */
    List<Community> findAllById(Collection<CommunityId> ids);

    /** Every community, by name. */
    List<Community> findAll();
}
