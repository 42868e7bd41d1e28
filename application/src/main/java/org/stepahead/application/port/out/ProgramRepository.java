package org.stepahead.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;

/**
 * Outgoing port: stores {@link Program} aggregates. {@link #save} inserts a new one (version 0) or replaces the
 * stored one if it still has the version the aggregate was loaded at, and returns the new stored version; otherwise
 * it fails with a {@link ConcurrentUpdateException}. Saves take effect when the enclosing
 * {@link UnitOfWork} commits.
 */
public interface ProgramRepository {

    /** The stored program of this id, or empty. */
    Optional<Program> findById(ProgramId id);

    /** The ones of the given ids that exist, in no particular order. */
    List<Program> findAllById(Collection<ProgramId> ids);

    /**
     * Stores the program (see the interface comment on versions) and returns its new stored version; throws
     * ConcurrentUpdateException on a stale version.
     */
    long save(Program aggregate);

    /** The programs of a community. */
    List<Program> findByCommunity(CommunityId communityId);

    /** The stored versions of the program and of its community, by one indexed read; empty for no such program. */
    Optional<ProgramVersions> stampOf(ProgramId id);
}
