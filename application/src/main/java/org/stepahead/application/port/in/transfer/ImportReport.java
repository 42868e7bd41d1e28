package org.stepahead.application.port.in.transfer;

import java.util.List;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.program.ProgramId;

/**
 * Read model: what an import created — the ids of the community and of every organization, educator, member,
 * program and event, in the document's order — and the warnings. After a dry run the ids are those the entries
 * would have had; nothing with them is stored.
 */
public record ImportReport(
        boolean dryRun,
        CommunityId communityId,
        List<OrganizationId> organizationIds,
        List<EducatorId> educatorIds,
        List<MembershipId> membershipIds,
        List<ProgramId> programIds,
        List<EventId> eventIds,
        List<ImportWarning> warnings) {

    public ImportReport {
        organizationIds = List.copyOf(organizationIds);
        educatorIds = List.copyOf(educatorIds);
        membershipIds = List.copyOf(membershipIds);
        programIds = List.copyOf(programIds);
        eventIds = List.copyOf(eventIds);
        warnings = List.copyOf(warnings);
    }

    /** How many organizations the import created. */
    public int organizations() {
        return organizationIds.size();
    }

    /** How many educators the import created. */
    public int educators() {
        return educatorIds.size();
    }

    /** How many members the import admitted. */
    public int members() {
        return membershipIds.size();
    }

    /** How many programs the import created. */
    public int programs() {
        return programIds.size();
    }

    /** How many events the import created. */
    public int events() {
        return eventIds.size();
    }
}
