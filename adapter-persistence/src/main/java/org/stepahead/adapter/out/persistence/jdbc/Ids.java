package org.stepahead.adapter.out.persistence.jdbc;

import java.util.UUID;
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

/** Persistence adapter: conversions between the domain's identifiers and UUID columns, used by the mappers. */
interface Ids {

    default UUID uuid(OrganizationId id) {
        return id == null ? null : id.value();
    }

    default OrganizationId organizationId(UUID id) {
        return id == null ? null : new OrganizationId(id);
    }

    default UUID uuid(EducatorId id) {
        return id == null ? null : id.value();
    }

    default EducatorId educatorId(UUID id) {
        return id == null ? null : new EducatorId(id);
    }

    default UUID uuid(CommunityId id) {
        return id == null ? null : id.value();
    }

    default CommunityId communityId(UUID id) {
        return id == null ? null : new CommunityId(id);
    }

    default UUID uuid(MembershipId id) {
        return id == null ? null : id.value();
    }

    default MembershipId membershipId(UUID id) {
        return id == null ? null : new MembershipId(id);
    }

    default UUID uuid(ProgramId id) {
        return id == null ? null : id.value();
    }

    default ProgramId programId(UUID id) {
        return id == null ? null : new ProgramId(id);
    }

    default UUID uuid(StageId id) {
        return id == null ? null : id.value();
    }

    default StageId stageId(UUID id) {
        return id == null ? null : new StageId(id);
    }

    default UUID uuid(DirectionId id) {
        return id == null ? null : id.value();
    }

    default DirectionId directionId(UUID id) {
        return id == null ? null : new DirectionId(id);
    }

    default UUID uuid(ActivityId id) {
        return id == null ? null : id.value();
    }

    default ActivityId activityId(UUID id) {
        return id == null ? null : new ActivityId(id);
    }

    default UUID uuid(ExpectedResultId id) {
        return id == null ? null : id.value();
    }

    default ExpectedResultId expectedResultId(UUID id) {
        return id == null ? null : new ExpectedResultId(id);
    }

    default UUID uuid(IndicatorId id) {
        return id == null ? null : id.value();
    }

    default IndicatorId indicatorId(UUID id) {
        return id == null ? null : new IndicatorId(id);
    }

    default UUID uuid(EventId id) {
        return id == null ? null : id.value();
    }

    default EventId eventId(UUID id) {
        return id == null ? null : new EventId(id);
    }
}
