package org.stepahead.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.community.CommunityProfile;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.Consent;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.PersonName;

/**
 * Test data: real aggregates built with the domain's factories, and "stored" copies of them rebuilt from their
 * snapshots at a version, with no pending events, as a repository would hand them out.
 */
public final class AggregateTestData {

    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    public static final ZoneId KRASNOYARSK = ZoneId.of("Asia/Krasnoyarsk");

    /** 2023-06-13 23:00 in Moscow, but already 2023-06-14 03:00 in Krasnoyarsk. */
    public static final Instant EVENING_OF_13_JUNE_UTC = Instant.parse("2023-06-13T20:00:00Z");

    public static final Period SCHOOL_YEAR = Period.of(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 5, 31));

    private AggregateTestData() {}

    public static ClockPort clockAt(Instant instant) {
        return ClockPort.of(Clock.fixed(instant, ZoneOffset.UTC));
    }

    public static Organization organization(String name) {
        return stored(Organization.register(
                OrganizationId.random(), name, null, OrganizationKind.SCHOOL, "г. Красноярск", false, false));
    }

    public static Educator educator(String surname, ExperienceLevel experience) {
        return stored(Educator.register(
                EducatorId.random(),
                new PersonName(surname, "Елена", "Николаевна"),
                OrganizationId.random(),
                "учитель",
                experience,
                null));
    }

    public static Educator educator(ExperienceLevel experience) {
        return educator("Филатова", experience);
    }

    public static Community community(ZoneId zone) {
        return stored(Community.found(
                CommunityId.random(),
                "Клуб «Классный классный»",
                CommunityKind.CLUB,
                CommunityLevel.MUNICIPAL,
                OrganizationId.random(),
                new DocumentRef("Приказ", "288/п", LocalDate.of(2023, 6, 14)),
                zone,
                CommunityProfile.empty()));
    }

    public static Membership member(Community community, Educator educator, LocalDate joinedOn, Role... roles) {
        return stored(Membership.admit(
                MembershipId.random(),
                community.getId(),
                educator.getId(),
                Set.of(roles),
                joinedOn,
                new Consent(joinedOn, "заявление"),
                null,
                educator.experience()));
    }

    /** A draft program of the community over the 2023/24 school year, with a goal and two tasks. */
    public static Program draftProgram(CommunityId communityId) {
        return Program.draft(
                ProgramId.random(),
                communityId,
                ProgramKind.PROGRAM,
                "Программа развития клуба",
                null,
                "Развитие профессиональных компетенций",
                List.of("Организовать сопровождение", "Провести мониторинг"),
                SCHOOL_YEAR);
    }

    public static Event standaloneEvent(CommunityId communityId, LocalDate date) {
        return stored(Event.standalone(
                EventId.random(),
                communityId,
                new Event.Details("Заседание клуба", Form.MEETING, date, null, null, "каб. 12", List.of())));
    }

    public static Organization stored(Organization o) {
        return stored(o, 1);
    }

    public static Organization stored(Organization o, long version) {
        Organization.Snapshot s = o.snapshot();
        return Organization.restore(new Organization.Snapshot(
                s.id(),
                version,
                s.name(),
                s.shortName(),
                s.kind(),
                s.municipality(),
                s.lowResults(),
                s.hardSocialConditions()));
    }

    public static Educator stored(Educator e) {
        Educator.Snapshot s = e.snapshot();
        return Educator.restore(new Educator.Snapshot(
                s.id(), 1, s.name(), s.organizationId(), s.position(), s.experience(), s.email()));
    }

    public static Community stored(Community c) {
        Community.Snapshot s = c.snapshot();
        return Community.restore(new Community.Snapshot(
                s.id(),
                1,
                s.name(),
                s.kind(),
                s.level(),
                s.coordinatingOrganization(),
                s.foundingDocument(),
                s.timeZone(),
                s.profile()));
    }

    public static Membership stored(Membership m) {
        return stored(m, 1);
    }

    public static Membership stored(Membership m, long version) {
        Membership.Snapshot s = m.snapshot();
        return Membership.restore(new Membership.Snapshot(
                s.id(),
                version,
                s.communityId(),
                s.educatorId(),
                s.roles(),
                s.joinedOn(),
                s.leftOn(),
                s.consent(),
                s.admissionBasis(),
                s.tutors()));
    }

    public static Program stored(Program p) {
        return stored(p, 1);
    }

    public static Program stored(Program p, long version) {
        Program.Snapshot s = p.snapshot();
        return Program.restore(new Program.Snapshot(
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
                s.indicators()));
    }

    public static Event stored(Event e) {
        return stored(e, 1);
    }

    public static Event stored(Event e, long version) {
        Event.Snapshot s = e.snapshot();
        return Event.restore(new Event.Snapshot(
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
                s.plannedDecisions(),
                s.cancellationReason()));
    }
}
