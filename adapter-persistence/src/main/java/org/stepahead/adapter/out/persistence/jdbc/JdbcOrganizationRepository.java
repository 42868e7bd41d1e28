package org.stepahead.adapter.out.persistence.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;

/** Persistence adapter: organizations in table {@code organization}. */
final class JdbcOrganizationRepository implements OrganizationRepository {

    private static final String COLUMNS = OrganizationQueries.COLUMNS;
    private static final String INSERT =
            "insert into organization (" + COLUMNS + ") values (:id, :newVersion, :name, :shortName, :kind,"
                    + " :municipality, :lowResults, :hardSocialConditions, :nameKey)";
    private static final String UPDATE =
            "update organization set version = version + 1, name = :name, short_name = :shortName, kind = :kind,"
                    + " municipality = :municipality, low_results = :lowResults,"
                    + " hard_social_conditions = :hardSocialConditions, name_key = :nameKey"
                    + " where id = :id and version = :loadedVersion";

    private final JdbcSession session;

    JdbcOrganizationRepository(JdbcSession session) {
        this.session = session;
    }

    @Override
    public Optional<Organization> findById(OrganizationId id) {
        return findAllById(List.of(id)).stream().findFirst();
    }

    @Override
    public List<Organization> findAllById(Collection<OrganizationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> uuids = ids.stream().map(OrganizationId::value).distinct().toList();
        return session.read(h -> restore(h.attach(OrganizationQueries.class).findByIds(uuids)));
    }

    @Override
    public List<Organization> findAll() {
        return session.read(h -> restore(h.attach(OrganizationQueries.class).findAll()));
    }

    private static List<Organization> restore(List<OrganizationRow> rows) {
        return rows.stream()
                .map(OrganizationRows.MAPPER::toSnapshot)
                .map(Organization::restore)
                .toList();
    }

    @Override
    public long save(Organization organization) {
        OrganizationRow row = OrganizationRows.MAPPER.toRow(organization.snapshot());
        return session.write(
                h -> Sql.saveRoot(h, "organization", row.id(), organization.version(), INSERT, UPDATE, row));
    }
}
