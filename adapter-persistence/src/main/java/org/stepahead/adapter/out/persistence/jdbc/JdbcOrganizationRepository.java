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

    /** The root table; its columns are those {@link OrganizationQueries} selects (a test keeps them equal). */
    static final RootTable ORGANIZATION = new RootTable(
            "organization", "name, short_name, kind, municipality, low_results, hard_social_conditions, name_key");

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
        return session.write(h -> ORGANIZATION.save(h, row.id(), organization.version(), row));
    }
}
