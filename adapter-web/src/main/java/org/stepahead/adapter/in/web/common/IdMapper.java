package org.stepahead.adapter.in.web.common;

import java.util.UUID;
import org.mapstruct.Mapper;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;

/** Mapping: identifiers travel as UUIDs on the wire and become the domain's typed ids at the boundary. */
@Mapper(componentModel = "spring")
public interface IdMapper {

    default CommunityId communityId(UUID value) {
        return value == null ? null : new CommunityId(value);
    }

    default UUID uuid(CommunityId id) {
        return id == null ? null : id.value();
    }

    default MembershipId membershipId(UUID value) {
        return value == null ? null : new MembershipId(value);
    }

    default UUID uuid(MembershipId id) {
        return id == null ? null : id.value();
    }

    default EventId eventId(UUID value) {
        return value == null ? null : new EventId(value);
    }

    default UUID uuid(EventId id) {
        return id == null ? null : id.value();
    }

    default DirectionId directionId(UUID value) {
        return value == null ? null : new DirectionId(value);
    }

    default UUID uuid(DirectionId id) {
        return id == null ? null : id.value();
    }

    default StageId stageId(UUID value) {
        return value == null ? null : new StageId(value);
    }

    default UUID uuid(StageId id) {
        return id == null ? null : id.value();
    }

    default IndicatorId indicatorId(UUID value) {
        return value == null ? null : new IndicatorId(value);
    }

    default UUID uuid(IndicatorId id) {
        return id == null ? null : id.value();
    }

    default ProgramId programId(UUID value) {
        return value == null ? null : new ProgramId(value);
    }

    default UUID uuid(ProgramId id) {
        return id == null ? null : id.value();
    }

    default ActivityId activityId(UUID value) {
        return value == null ? null : new ActivityId(value);
    }

    default UUID uuid(ActivityId id) {
        return id == null ? null : id.value();
    }

    default ExpectedResultId expectedResultId(UUID value) {
        return value == null ? null : new ExpectedResultId(value);
    }

    default UUID uuid(ExpectedResultId id) {
        return id == null ? null : id.value();
    }

    default EducatorId educatorId(UUID value) {
        return value == null ? null : new EducatorId(value);
    }

    default UUID uuid(EducatorId id) {
        return id == null ? null : id.value();
    }

    default OrganizationId organizationId(UUID value) {
        return value == null ? null : new OrganizationId(value);
    }

    default UUID uuid(OrganizationId id) {
        return id == null ? null : id.value();
    }
}
