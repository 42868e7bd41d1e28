package org.stepahead.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.port.out.ProgramVersions;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;

/** Persistence adapter: programs kept in memory as snapshots, with their stages, activities, results and indicators. */
final class InMemoryProgramRepository extends InMemoryRepository<Program, ProgramId, Program.Snapshot>
        implements ProgramRepository {

    InMemoryProgramRepository(InMemoryDatabase database) {
        super(database, database.programs, Program::restore, Program::snapshot, Program::getId, Program::version);
    }

    @Override
    public Optional<ProgramVersions> stampOf(ProgramId id) {
        Objects.requireNonNull(id, "id");
        return database.find(database.programs, id)
                .map(program -> new ProgramVersions(
                        program.version(),
                        database.find(database.communities, program.communityId())
                                .map(Community.Snapshot::version)
                                .orElse(0L)));
    }

    @Override
    public List<Program> findByCommunity(CommunityId communityId) {
        Objects.requireNonNull(communityId, "communityId");
        return where(s -> s.communityId().equals(communityId))
                .sorted(Comparator.comparing((Program p) -> p.period().start())
                        .thenComparing(Program::title, RussianOrder.text())
                        .thenComparing(p -> p.getId().toString()))
                .toList();
    }
}
