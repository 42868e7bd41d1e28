package org.stepahead.adapter.out.persistence.jdbc;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.stepahead.adapter.out.persistence.jdbc.CommunityChildRows.FunctionRow;
import org.stepahead.adapter.out.persistence.jdbc.CommunityChildRows.PartnerRow;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityProfile;
import org.stepahead.domain.community.DayOff;
import org.stepahead.domain.community.FunctionStatement;
import org.stepahead.domain.community.Partner;
import org.stepahead.domain.shared.DocumentRef;

/** Persistence adapter: maps communities between their snapshot and their rows. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface CommunityRows extends Ids {

    CommunityRows MAPPER = new CommunityRowsImpl();

    @Mapping(target = "foundingTitle", source = "foundingDocument.title")
    @Mapping(target = "foundingNumber", source = "foundingDocument.number")
    @Mapping(target = "foundingDate", source = "foundingDocument.date")
    @Mapping(target = "goal", source = "profile.goal")
    @Mapping(target = "description", source = "profile.description")
    @Mapping(target = "nameKey", expression = "java(SortKeys.of(snapshot.name()))")
    CommunityRow toRow(Community.Snapshot snapshot);

    @Mapping(target = "foundingDocument", expression = "java(document(row))")
    @Mapping(target = "profile", source = "profile")
    @Mapping(target = "daysOff", source = "daysOff")
    Community.Snapshot toSnapshot(CommunityRow row, CommunityProfile profile, List<DayOff> daysOff);

    @Mapping(target = "functionCode", source = "function.function")
    FunctionRow toRow(FunctionStatement function, UUID communityId, int position);

    @Mapping(target = "function", source = "functionCode")
    FunctionStatement toFunction(FunctionRow row);

    @Mapping(target = "basisTitle", source = "partner.basis.title")
    @Mapping(target = "basisNumber", source = "partner.basis.number")
    @Mapping(target = "basisDate", source = "partner.basis.date")
    PartnerRow toRow(Partner partner, UUID communityId, int position);

    @Mapping(target = "basis", expression = "java(basis(row))")
    Partner toPartner(PartnerRow row);

    default DocumentRef document(CommunityRow row) {
        return row.foundingTitle() == null
                ? null
                : new DocumentRef(row.foundingTitle(), row.foundingNumber(), row.foundingDate());
    }

    default DocumentRef basis(PartnerRow row) {
        return row.basisTitle() == null ? null : new DocumentRef(row.basisTitle(), row.basisNumber(), row.basisDate());
    }

    default String zone(ZoneId zone) {
        return zone == null ? null : zone.getId();
    }

    default ZoneId zone(String zone) {
        return zone == null ? null : ZoneId.of(zone);
    }
}
