package org.stepahead.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;

/**
 * Outgoing port: stores {@link Program} aggregates, with the versions and saves of {@link AggregateRepository}.
 */
public interface ProgramRepository extends AggregateRepository<Program, ProgramId> {

    /** The ones of the given ids that exist, in no particular order. */
    List<Program> findAllById(Collection<ProgramId> ids);

    /** The programs of a community. */
    List<Program> findByCommunity(CommunityId communityId);

    /** The stored versions of the program and of its community, by one indexed read; empty for no such program. */
    Optional<ProgramVersions> stampOf(ProgramId id);
}
