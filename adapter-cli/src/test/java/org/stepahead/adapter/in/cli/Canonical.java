package org.stepahead.adapter.in.cli;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.stepahead.adapter.in.cli.support.Json;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.CommunityDocument.ActivityData;
import org.stepahead.application.port.in.transfer.CommunityDocument.AttendanceData;
import org.stepahead.application.port.in.transfer.CommunityDocument.EducatorData;
import org.stepahead.application.port.in.transfer.CommunityDocument.EventData;
import org.stepahead.application.port.in.transfer.CommunityDocument.IndicatorData;
import org.stepahead.application.port.in.transfer.CommunityDocument.MeasurementData;
import org.stepahead.application.port.in.transfer.CommunityDocument.MemberData;
import org.stepahead.application.port.in.transfer.CommunityDocument.OrganizationData;
import org.stepahead.application.port.in.transfer.CommunityDocument.PartnerData;
import org.stepahead.application.port.in.transfer.CommunityDocument.PresenceData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ProgramData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ResponsibleData;
import org.stepahead.application.port.in.transfer.CommunityDocument.ResultData;
import org.stepahead.application.port.in.transfer.CommunityDocument.StageData;
import org.stepahead.application.port.in.transfer.CommunityDocument.TutorLinkData;
import org.stepahead.application.port.in.transfer.ScheduleData;
import org.stepahead.domain.shared.AcademicYear;

/**
 * The meaning of a community document, to compare an import file with its export: keys replaced by what they name
 * (an organization's name, an educator's full name, a stage's name …), schedules resolved (month names through the
 * academic year), lists the store orders by itself sorted, false flags and trailing zeros dropped. Educators
 * keep every field.
 */
final class Canonical {

    private Canonical() {}

    static String of(CommunityDocument d) {
        Map<String, String> orgs = labels(d.organizations(), OrganizationData::key, OrganizationData::name);
        Map<String, String> people = labels(d.educators(), EducatorData::key, Canonical::fullName);
        Map<String, String> members = new HashMap<>();
        d.members().forEach(m -> members.put(m.key(), people.get(m.educator())));
        Map<String, String> programs = labels(d.programs(), ProgramData::key, ProgramData::title);
        Map<String, String> activities = new HashMap<>();
        d.programs().forEach(p -> p.activities().forEach(a -> activities.put(p.key() + "/" + a.key(), a.title())));

        CommunityDocument canonical = new CommunityDocument(
                null,
                d.organizations().stream()
                        .map(o -> new OrganizationData(
                                null,
                                o.name(),
                                o.shortName(),
                                o.kind(),
                                o.municipality(),
                                flag(o.lowResults()),
                                flag(o.hardSocialConditions())))
                        .sorted(Comparator.comparing(OrganizationData::name))
                        .toList(),
                d.educators().stream()
                        .map(e -> new EducatorData(
                                null,
                                e.surname(),
                                e.givenName(),
                                e.patronymic(),
                                orgs.get(e.organization()),
                                e.position(),
                                e.experience(),
                                e.email()))
                        .sorted(Comparator.comparing(Canonical::fullName))
                        .toList(),
                community(d.community(), orgs),
                d.members().stream()
                        .map(m -> new MemberData(
                                null,
                                people.get(m.educator()),
                                m.roles().stream().sorted().toList(),
                                m.joinedOn(),
                                m.consentGivenOn(),
                                m.consentBasis(),
                                m.admissionBasis(),
                                m.tutors().stream()
                                        .map(t -> new TutorLinkData(
                                                members.get(t.tutor()),
                                                t.functions().stream().sorted().toList(), // a set in the model
                                                t.since(),
                                                t.until()))
                                        .toList(),
                                m.leftOn()))
                        .sorted(Comparator.comparing(MemberData::educator))
                        .toList(),
                d.programs().stream()
                        .map(p -> program(p, orgs, people))
                        .sorted(Comparator.comparing(ProgramData::title))
                        .toList(),
                d.events().stream()
                        .map(e -> new EventData(
                                programs.get(e.program()),
                                activities.get(e.program() + "/" + e.activity()),
                                e.title(),
                                e.form(),
                                e.date(),
                                e.startsAt(),
                                e.endsAt(),
                                e.place(),
                                e.facilitators(),
                                attendance(e.attendance(), members),
                                e.minutes()))
                        .sorted(Comparator.comparing(EventData::date).thenComparing(e -> String.valueOf(e.title())))
                        .toList());
        return Json.mapper().writeValueAsString(canonical);
    }

    private static CommunityDocument.CommunityData community(
            CommunityDocument.CommunityData c, Map<String, String> orgs) {
        return new CommunityDocument.CommunityData(
                c.name(),
                c.kind(),
                c.level(),
                orgs.get(c.coordinatingOrganization()),
                c.foundingDocument(),
                c.timeZone() == null ? "Europe/Moscow" : c.timeZone(),
                c.description(),
                c.goal(),
                c.tasks(),
                c.functions(),
                c.principles(),
                c.directions(),
                c.forms(),
                c.rights(),
                c.partners().stream()
                        .map(p -> new PartnerData(orgs.get(p.organization()), p.role(), p.theme(), p.basis()))
                        .toList(),
                c.tutorFunctions(),
                c.daysOff().stream() // kept by their first day
                        .sorted(java.util.Comparator.comparing(CommunityDocument.DayOffData::from))
                        .toList());
    }

    private static ProgramData program(ProgramData p, Map<String, String> orgs, Map<String, String> people) {
        Map<String, String> stages = labels(p.stages(), StageData::key, StageData::name);
        Map<String, Integer> stageOrder = new HashMap<>();
        for (int i = 0; i < p.stages().size(); i++) {
            stageOrder.put(p.stages().get(i).key(), i);
        }
        Comparator<String> byStage = Comparator.comparing(key -> stageOrder.getOrDefault(key, Integer.MAX_VALUE));
        Map<String, String> directions =
                labels(p.directions(), CommunityDocument.DirectionData::key, CommunityDocument.DirectionData::title);
        AcademicYear year = p.academicYear() == null ? null : AcademicYear.parse(p.academicYear());
        Map<String, String> titles = labels(p.activities(), ActivityData::key, ActivityData::title);
        return new ProgramData(
                null,
                p.kind(),
                p.title(),
                p.summary(),
                p.goal(),
                p.tasks(),
                null,
                p.period(),
                p.approval(),
                p.stages().stream()
                        .map(s -> new StageData(
                                null, s.name(), s.kind(), s.period(), s.description(), s.startedOn(), s.closedOn()))
                        .toList(),
                p.directions().stream()
                        .map(x -> new CommunityDocument.DirectionData(null, x.code(), x.title()))
                        .toList(),
                p.activities().stream()
                        .sorted(Comparator.comparing(ActivityData::stage, Comparator.nullsLast(byStage)))
                        .map(a -> new ActivityData(
                                null,
                                a.number(),
                                a.title(),
                                a.description(),
                                directions.get(a.direction()),
                                stages.get(a.stage()),
                                a.formText() != null ? List.of() : a.forms(), // forms found in the words
                                a.schedule() == null
                                        ? null
                                        : ScheduleData.of(a.schedule().toSchedule(year)),
                                a.responsible().stream()
                                        .map(r -> new ResponsibleData(
                                                r.name(), orgs.get(r.organization()), people.get(r.educator())))
                                        .toList(),
                                a.tutorFunctions(),
                                a.formText(),
                                a.audience(),
                                a.output(),
                                a.parent() == null ? null : titles.get(a.parent())))
                        .toList(),
                p.results().stream()
                        .sorted(Comparator.comparing(ResultData::stage, Comparator.nullsLast(byStage)))
                        .map(r ->
                                new ResultData(r.text(), r.details(), r.kind(), stages.get(r.stage()), r.assessment()))
                        .toList(),
                p.indicators().stream()
                        .map(i -> new IndicatorData(
                                i.name(),
                                i.unit(),
                                number(i.baseline()),
                                number(i.target()),
                                i.direction(),
                                i.measurements().stream()
                                        .map(m -> new MeasurementData(m.measuredOn(), number(m.value()), m.note()))
                                        .toList()))
                        .toList());
    }

    private static AttendanceData attendance(AttendanceData a, Map<String, String> members) {
        if (a == null) {
            return null;
        }
        return new AttendanceData(
                a.members().stream()
                        .map(p -> new PresenceData(members.get(p.member()), p.present()))
                        .sorted(Comparator.comparing(PresenceData::member))
                        .toList(),
                a.guests());
    }

    private static BigDecimal number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static Boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value) ? Boolean.TRUE : null;
    }

    private static String fullName(EducatorData e) {
        return e.surname() + " " + e.givenName() + (e.patronymic() == null ? "" : " " + e.patronymic());
    }

    private static <T> Map<String, String> labels(List<T> items, Function<T, String> key, Function<T, String> label) {
        Map<String, String> labels = new HashMap<>();
        items.forEach(item -> {
            if (key.apply(item) != null) {
                labels.put(key.apply(item), label.apply(item));
            }
        });
        return labels;
    }
}
