package org.stepahead.adapter.out.persistence.jdbc;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.stepahead.domain.organization.Organization;

/** Persistence adapter: maps organizations between their snapshot and their row. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface OrganizationRows extends Ids {

    OrganizationRows MAPPER = new OrganizationRowsImpl();

    @Mapping(target = "nameKey", expression = "java(SortKeys.of(snapshot.name()))")
    OrganizationRow toRow(Organization.Snapshot snapshot);

    Organization.Snapshot toSnapshot(OrganizationRow row);
}
