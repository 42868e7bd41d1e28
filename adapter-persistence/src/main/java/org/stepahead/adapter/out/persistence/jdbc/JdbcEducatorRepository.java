package org.stepahead.adapter.out.persistence.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;

/** Persistence adapter: educators in table {@code educator}. */
final class JdbcEducatorRepository implements EducatorRepository {

    static final String COLUMNS =
            "id, version, surname, given_name, patronymic, organization_id, position_title, experience, email,"
                    + " surname_key, given_name_key, patronymic_key, name_key";
    static final String INSERT =
            "insert into educator (" + COLUMNS + ") values (:id, :newVersion, :surname, :givenName, :patronymic,"
                    + " :organizationId, :positionTitle, :experience, :email, :surnameKey, :givenNameKey, :patronymicKey,"
                    + " :nameKey)";
    private static final String UPDATE =
            "update educator set version = version + 1, surname = :surname, given_name = :givenName,"
                    + " patronymic = :patronymic, organization_id = :organizationId, position_title = :positionTitle,"
                    + " experience = :experience, email = :email, surname_key = :surnameKey, given_name_key = :givenNameKey,"
                    + " patronymic_key = :patronymicKey, name_key = :nameKey where id = :id and version = :loadedVersion";

    private final JdbcSession session;

    JdbcEducatorRepository(JdbcSession session) {
        this.session = session;
    }

    @Override
    public Optional<Educator> findById(EducatorId id) {
        return findAllById(List.of(id)).stream().findFirst();
    }

    @Override
    public List<Educator> findAllById(Collection<EducatorId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> uuids = ids.stream().map(EducatorId::value).distinct().toList();
        return session.read(h -> h.createQuery("select " + COLUMNS + " from educator where id in (<ids>)")
                .bindList("ids", uuids)
                .mapTo(EducatorRow.class)
                .map(EducatorRows.MAPPER::toSnapshot)
                .map(Educator::restore)
                .list());
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
                Sql.insertAll(h, INSERT.replace(":newVersion", "1"), fresh);
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
        return session.write(h -> Sql.saveRoot(h, "educator", row.id(), educator.version(), INSERT, UPDATE, row));
    }
}
