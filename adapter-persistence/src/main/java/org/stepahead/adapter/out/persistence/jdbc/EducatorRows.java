package org.stepahead.adapter.out.persistence.jdbc;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.shared.PersonName;

/** Persistence adapter: maps educators between their snapshot and their row. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface EducatorRows extends Ids {

    EducatorRows MAPPER = new EducatorRowsImpl();

    @Mapping(target = "surname", source = "name.surname")
    @Mapping(target = "givenName", source = "name.givenName")
    @Mapping(target = "patronymic", source = "name.patronymic")
    @Mapping(target = "positionTitle", source = "position")
    @Mapping(target = "surnameKey", expression = "java(SortKeys.of(snapshot.name().surname()))")
    @Mapping(target = "givenNameKey", expression = "java(SortKeys.of(snapshot.name().givenName()))")
    @Mapping(target = "patronymicKey", expression = "java(SortKeys.of(snapshot.name().patronymic()))")
    @Mapping(target = "nameKey", expression = "java(SortKeys.of(snapshot.name().full()))")
    EducatorRow toRow(Educator.Snapshot snapshot);

    @Mapping(target = "name", expression = "java(name(row))")
    @Mapping(target = "position", source = "positionTitle")
    Educator.Snapshot toSnapshot(EducatorRow row);

    default PersonName name(EducatorRow row) {
        return new PersonName(row.surname(), row.givenName(), row.patronymic());
    }
}
