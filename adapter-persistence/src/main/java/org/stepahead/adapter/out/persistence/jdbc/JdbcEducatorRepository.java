package org.stepahead.adapter.out.persistence.jdbc;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;

/** Persistence adapter: educators in table {@code educator}. */
final class JdbcEducatorRepository extends JdbcRepository<Educator, EducatorId> implements EducatorRepository {

    private static final RootTable EDUCATOR = new RootTable(
            "educator",
            "surname, given_name, patronymic, organization_id, position_title, experience, email,"
                    + " surname_key, given_name_key, patronymic_key, name_key");

    JdbcEducatorRepository(JdbcSession session) {
        super(session, EDUCATOR.select(), EducatorId::value);
    }

    @Override
    protected List<Educator> load(Handle h, Query query) {
        return query.mapTo(EducatorRow.class)
                .map(EducatorRows.MAPPER::toSnapshot)
                .map(Educator::restore)
                .list();
    }

    /** New educators go in with one batched insert; stored ones are updated one by one with their version check. */
    @Override
    public void saveAll(List<Educator> all) {
        List<EducatorRow> fresh = all.stream()
                .filter(e -> e.version() == 0)
                .map(e -> EducatorRows.MAPPER.toRow(e.snapshot()))
                .toList();
        session.write(h -> {
            try {
                Sql.insertAll(h, EDUCATOR.insert().replace(":newVersion", "1"), fresh);
            } catch (RuntimeException e) {
                if (Sql.isUniqueViolation(e)) {
                    throw new ConcurrentUpdateException("educator", "batch", 0);
                }
                throw e;
            }
            return null;
        });
        all.stream().filter(e -> e.version() > 0).forEach(this::save);
    }

    @Override
    public long save(Educator educator) {
        EducatorRow row = EducatorRows.MAPPER.toRow(educator.snapshot());
        return session.write(h -> EDUCATOR.save(h, row.id(), educator.version(), row));
    }
}
