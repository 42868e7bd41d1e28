package org.stepahead.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.List;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;

/** Persistence adapter: organizations kept in memory as snapshots. */
final class InMemoryOrganizationRepository
        extends InMemoryRepository<Organization, OrganizationId, Organization.Snapshot>
        implements OrganizationRepository {

    InMemoryOrganizationRepository(InMemoryDatabase database) {
        super(
                database,
                database.organizations,
                Organization::restore,
                Organization::snapshot,
                Organization::getId,
                Organization::version);
    }

    @Override
    public List<Organization> findAll() {
        return where(s -> true)
                .sorted(Comparator.comparing(Organization::name, RussianOrder.text())
                        .thenComparing(o -> o.getId().toString()))
                .toList();
    }
}
