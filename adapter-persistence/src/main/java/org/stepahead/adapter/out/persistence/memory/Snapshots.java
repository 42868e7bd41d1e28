package org.stepahead.adapter.out.persistence.memory;

import org.stepahead.domain.account.UserAccount;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.program.Program;

/** Persistence adapter: copies of the aggregates' snapshots carrying another stored version. */
final class Snapshots {

    private Snapshots() {}

    static Organization.Snapshot withVersion(Organization.Snapshot s, long version) {
        return new Organization.Snapshot(
                s.id(),
                version,
                s.name(),
                s.shortName(),
                s.kind(),
                s.municipality(),
                s.lowResults(),
                s.hardSocialConditions());
    }

    static UserAccount.Snapshot withVersion(UserAccount.Snapshot s, long version) {
        return new UserAccount.Snapshot(
                s.id(),
                version,
                s.username(),
                s.passwordHash(),
                s.administrator(),
                s.educatorId(),
                s.enabled(),
                s.tokens());
    }

    static Educator.Snapshot withVersion(Educator.Snapshot s, long version) {
        return new Educator.Snapshot(
                s.id(), version, s.name(), s.organizationId(), s.position(), s.experience(), s.email());
    }

    static Community.Snapshot withVersion(Community.Snapshot s, long version) {
        return new Community.Snapshot(
                s.id(),
                version,
                s.name(),
                s.kind(),
                s.level(),
                s.coordinatingOrganization(),
                s.foundingDocument(),
                s.timeZone(),
                s.profile());
    }

    static Membership.Snapshot withVersion(Membership.Snapshot s, long version) {
        return new Membership.Snapshot(
                s.id(),
                version,
                s.communityId(),
                s.educatorId(),
                s.roles(),
                s.joinedOn(),
                s.leftOn(),
                s.consent(),
                s.admissionBasis(),
                s.tutors());
    }

    static Program.Snapshot withVersion(Program.Snapshot s, long version) {
        return new Program.Snapshot(
                s.id(),
                version,
                s.communityId(),
                s.kind(),
                s.title(),
                s.summary(),
                s.goal(),
                s.tasks(),
                s.period(),
                s.status(),
                s.approval(),
                s.stages(),
                s.directions(),
                s.activities(),
                s.results(),
                s.indicators());
    }

    static Event.Snapshot withVersion(Event.Snapshot s, long version) {
        return new Event.Snapshot(
                s.id(),
                version,
                s.communityId(),
                s.programId(),
                s.activityId(),
                s.occurrence(),
                s.details(),
                s.status(),
                s.attendance(),
                s.minutes(),
                s.plannedDecisions());
    }
}
