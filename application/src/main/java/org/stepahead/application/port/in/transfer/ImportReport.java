package org.stepahead.application.port.in.transfer;

import java.util.List;
import java.util.Objects;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.program.ProgramId;

/**
 * Read model: what an import created — the ids of the community and of every organization, educator, member,
 * program and event, in the document's order — and the warnings. After a dry run the ids are those the entries
 * would have had; nothing with them is stored. A document imported before ({@link #alreadyImported()}) creates
 * nothing: the report names the community it became then, and its lists are empty.
 */
public record ImportReport(
        boolean dryRun,
        String documentKey,
        boolean alreadyImported,
        CommunityId communityId,
        List<OrganizationId> organizationIds,
        List<EducatorId> educatorIds,
        List<MembershipId> membershipIds,
        List<ProgramId> programIds,
        List<EventId> eventIds,
        List<ImportWarning> warnings) {

    public ImportReport {
        Objects.requireNonNull(communityId, "communityId");
        organizationIds = List.copyOf(organizationIds);
        educatorIds = List.copyOf(educatorIds);
        membershipIds = List.copyOf(membershipIds);
        programIds = List.copyOf(programIds);
        eventIds = List.copyOf(eventIds);
        warnings = List.copyOf(warnings);
    }

    /** The report of a document imported before as the community: nothing created. */
    public static ImportReport alreadyImported(boolean dryRun, String documentKey, CommunityId communityId) {
        return new ImportReport(
                dryRun,
                documentKey,
                true,
                communityId,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
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
