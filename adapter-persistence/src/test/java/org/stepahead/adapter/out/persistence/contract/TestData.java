package org.stepahead.adapter.out.persistence.contract;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.community.CommunityProfile;
import org.stepahead.domain.community.FunctionStatement;
import org.stepahead.domain.community.Partner;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.community.Principle;
import org.stepahead.domain.community.WorkDirection;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.event.AgendaItem;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.Minutes;
import org.stepahead.domain.membership.Consent;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Approval;
import org.stepahead.domain.program.Assessment;
import org.stepahead.domain.program.DirectionId;
import org.stepahead.domain.program.Evidence;
import org.stepahead.domain.program.EvidenceKind;
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.Measurement;
import org.stepahead.domain.program.Outcome;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.Responsible;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Official;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.PersonName;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.TutorFunction;

/** Test data: aggregates built through the domain's public factories, for the port contract tests. */
public final class TestData {

    /** The first day of the academic year the data lives in. */
    public static final LocalDate SEPTEMBER_1 = LocalDate.of(2023, 9, 1);

    public static final Period ACADEMIC_YEAR = Period.of(SEPTEMBER_1, LocalDate.of(2024, 8, 31));

    private TestData() {}

    public static Organization organization(String name) {
        return Organization.register(OrganizationId.random(), name, null, OrganizationKind.SCHOOL, null, false, false);
    }

    public static Organization fullOrganization() {
        return Organization.register(
                OrganizationId.random(),
                "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 2»",
                "МБОУ «Лицей № 2»",
                OrganizationKind.LYCEUM,
                "г. Тула",
                true,
                true);
    }

    public static Educator educator(
            String surname, String givenName, String patronymic, OrganizationId organizationId, ExperienceLevel level) {
        return Educator.register(
                EducatorId.random(),
                new PersonName(surname, givenName, patronymic),
                organizationId,
                "учитель",
                level,
                null);
    }

    public static Educator fullEducator(OrganizationId organizationId) {
        return Educator.register(
                EducatorId.random(),
                new PersonName("Филатова", "Елена", "Николаевна"),
                organizationId,
                "учитель русского языка и литературы",
                ExperienceLevel.EXPERIENCED,
                "filatova@example.org");
    }

    public static Community community(String name, OrganizationId coordinator) {
        return Community.found(
                CommunityId.random(), name, CommunityKind.CLUB, CommunityLevel.SCHOOL, coordinator, null, null, null);
    }

    /** A community whose documents say everything a profile can hold; the partner is the given organization. */
    public static Community fullCommunity(OrganizationId coordinator, OrganizationId partner) {
        CommunityProfile profile = new CommunityProfile(
                "Профессиональное развитие молодых педагогов",
                List.of("Выявлять затруднения", "Организовать наставничество"),
                List.of(
                        new FunctionStatement(CommunityFunction.COORDINATING, "обмен опытом"),
                        new FunctionStatement(CommunityFunction.MONITORING, null)),
                List.of(new Principle("принцип добровольности"), new Principle("принцип открытости")),
                List.of(
                        new WorkDirection("Организационно-координирующее", List.of("планирование", "мониторинг")),
                        new WorkDirection("Методическое", List.of())),
                List.of(Form.SEMINAR, Form.MASTER_CLASS, Form.ROUND_TABLE),
                List.of("участвовать в работе сообщества"),
                List.of(
                        new Partner(
                                partner,
                                PartnerRole.BASE_SITE,
                                "Тьюторское сопровождение",
                                new DocumentRef("приказ", "288/п", LocalDate.of(2023, 6, 14))),
                        new Partner(partner, PartnerRole.SOCIAL_PARTNER, null, null)));
        return Community.found(
                CommunityId.random(),
                "Клуб молодых педагогов «Шаг вперёд»",
                CommunityKind.TUTOR_COMMUNITY,
                CommunityLevel.MUNICIPAL,
                coordinator,
                new DocumentRef("Положение о клубе", null, null),
                ZoneId.of("Asia/Yekaterinburg"),
                profile);
    }

    public static Membership membership(CommunityId communityId, Educator educator, Role... roles) {
        return membership(communityId, educator, SEPTEMBER_1, roles);
    }

    public static Membership membership(CommunityId communityId, Educator educator, LocalDate joinedOn, Role... roles) {
        return Membership.admit(
                MembershipId.random(),
                communityId,
                educator.getId(),
                Set.of(roles),
                joinedOn,
                new Consent(joinedOn.minusDays(3), "заявление"),
                "приказ № 12",
                educator.experience());
    }

    public static Event.Details details(String title, LocalDate day) {
        return new Event.Details(title, Form.MEETING, day, null, null, null, List.of());
    }

    public static Event.Details fullDetails(LocalDate day) {
        return new Event.Details(
                "Заседание клуба",
                Form.SEMINAR,
                day,
                LocalTime.of(15, 0),
                LocalTime.of(16, 30),
                "МБОУ «Лицей № 2», каб. 12",
                List.of("Филатова Е.Н.", "Иванова А.А."));
    }

    public static Event event(CommunityId communityId, LocalDate day) {
        return Event.standalone(EventId.random(), communityId, details("Встреча " + day, day));
    }

    public static Minutes minutes(LocalDate day) {
        return new Minutes(
                "3",
                day,
                "Филатова Е.Н.",
                "Иванова А.А.",
                List.of(
                        new AgendaItem(
                                "О плане работы",
                                "Филатову Е.Н.",
                                List.of("Иванова А.А.", "Петров П.П."),
                                List.of("Утвердить план")),
                        new AgendaItem("Разное", null, List.of(), List.of())));
    }

    /** Every kind of schedule, {@link Schedule.Several} nesting another one. */
    public static List<Schedule> everySchedule() {
        return List.of(
                new Schedule.Once(LocalDate.of(2023, 9, 15), true, "до 15 сентября"),
                new Schedule.Once(LocalDate.of(2023, 10, 5), false, ""),
                new Schedule.InMonth(YearMonth.of(2023, 12), "декабрь 2023 г."),
                new Schedule.InRange(Period.of(SEPTEMBER_1, LocalDate.of(2023, 12, 31)), "сентябрь - декабрь 2023 г."),
                new Schedule.Recurring(2, Schedule.Frequency.MONTH, "2 раза в месяц"),
                new Schedule.NthWeekdayOfMonth(3, DayOfWeek.MONDAY, "каждый 3-тий понедельник месяца"),
                new Schedule.NthWeekdayOfMonth(-1, DayOfWeek.FRIDAY, null),
                new Schedule.Continuous("в течение года"),
                new Schedule.OnRequest("ОО", "по запросу ОО"),
                new Schedule.OnRequest(null, null),
                new Schedule.ByPlan("маршрутная карта", "по маршрутной карте"),
                new Schedule.Several(
                        List.of(
                                new Schedule.InMonth(YearMonth.of(2023, 11), ""),
                                new Schedule.Several(
                                        List.of(
                                                new Schedule.Once(LocalDate.of(2023, 12, 10), false, ""),
                                                new Schedule.Recurring(1, Schedule.Frequency.QUARTER, "")),
                                        "10 декабря 2023 г. и ежеквартально")),
                        "ноябрь 2023 г., 10 декабря 2023 г."),
                new Schedule.Unparsed("по мере необходимости"));
    }

    /**
     * A program with everything a program holds: tasks, approval, three stages (closed, active, planned), two
     * directions, an activity for every kind of schedule plus one without a schedule, expected results (assessed,
     * with evidence, and not yet), and indicators with and without measurements. Responsible parties name the given
     * organization and educator.
     */
    public static Program fullProgram(CommunityId communityId, OrganizationId organizationId, EducatorId educatorId) {
        Program program = Program.draft(
                ProgramId.random(),
                communityId,
                ProgramKind.PROGRAM,
                "Программа сопровождения молодых педагогов",
                "Основание: приказ управления образования",
                "Создать условия для профессионального роста",
                List.of("Выявить затруднения", "Организовать наставничество", "Обобщить опыт"),
                ACADEMIC_YEAR);
        StageId preparing = StageId.random();
        StageId doing = StageId.random();
        StageId concluding = StageId.random();
        program.addStage(
                preparing,
                "Подготовительный",
                StageKind.PREPARATORY,
                Period.of(SEPTEMBER_1, LocalDate.of(2023, 12, 31)),
                "Диагностика");
        program.addStage(
                doing,
                "Деятельностный",
                StageKind.ACTIVITY,
                Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 31)),
                null);
        program.addStage(
                concluding,
                "Аналитический",
                StageKind.ANALYTICAL,
                Period.of(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31)),
                "Подведение итогов");
        DirectionId organizing = DirectionId.random();
        DirectionId expertise = DirectionId.random();
        program.addDirection(organizing, "1", "Организационная деятельность");
        program.addDirection(expertise, null, "Экспертная деятельность");
        List<Schedule> schedules = everySchedule();
        for (int i = 0; i < schedules.size(); i++) {
            program.planActivity(
                    ActivityId.random(),
                    new Activity.Details(
                            String.valueOf(i + 1),
                            "Мероприятие " + (i + 1),
                            i % 2 == 0 ? "Описание " + (i + 1) : null,
                            i % 3 == 0 ? null : (i % 3 == 1 ? organizing : expertise),
                            i % 4 == 0 ? null : preparing,
                            i % 2 == 0 ? List.of(Form.SEMINAR, Form.CONSULTATION) : List.of(),
                            schedules.get(i),
                            List.of(
                                    Responsible.named("руководитель клуба"),
                                    new Responsible("МБОУ «Лицей № 2»", organizationId, null),
                                    new Responsible("Филатова Е.Н.", organizationId, educatorId)),
                            i % 2 == 0 ? List.of(TutorFunction.CONSULTING, TutorFunction.DIAGNOSTIC) : List.of()));
        }
        ActivityId withoutSchedule = ActivityId.random();
        program.planActivity(
                withoutSchedule,
                new Activity.Details(null, "Без сроков", null, null, doing, List.of(), null, List.of(), List.of()));
        program.planActivity(
                ActivityId.random(),
                new Activity.Details(
                        null,
                        "Вопрос повестки",
                        null,
                        null,
                        doing,
                        List.of(),
                        null,
                        List.of(Responsible.named("зам. директора по ВР")),
                        List.of(),
                        "круглый стол с родителями",
                        "7–9 классы",
                        "протокол, рекомендации",
                        withoutSchedule));
        ExpectedResultId product = ExpectedResultId.random();
        ExpectedResultId event = ExpectedResultId.random();
        ExpectedResultId effect = ExpectedResultId.random();
        program.addExpectedResult(
                product, "Банк методических разработок", "презентации, материалы", ResultKind.PRODUCT, preparing);
        program.addExpectedResult(event, "Методический семинар", null, ResultKind.EVENT, doing);
        program.addExpectedResult(effect, "Рост удовлетворённости", null, ResultKind.EFFECT, null);
        IndicatorId share = IndicatorId.random();
        program.addIndicator(
                share,
                "Доля педагогов с планом развития",
                "%",
                new BigDecimal("40"),
                new BigDecimal("75.5"),
                IndicatorDirection.HIGHER_IS_BETTER);
        program.addIndicator(
                IndicatorId.random(),
                "Число затруднений",
                null,
                new BigDecimal("12"),
                new BigDecimal("5"),
                IndicatorDirection.LOWER_IS_BETTER);
        program.addIndicator(
                IndicatorId.random(), "Публикации", "шт.", null, null, IndicatorDirection.HIGHER_IS_BETTER);
        program.recordMeasurement(share, new Measurement(LocalDate.of(2024, 5, 20), new BigDecimal("70"), null));
        program.recordMeasurement(
                share, new Measurement(LocalDate.of(2023, 12, 20), new BigDecimal("55.25"), "первое полугодие"));
        program.approve(new Approval(
                new Official("Директор МБУДО «ЦВР»", "Е.Н. Филатова"),
                LocalDate.of(2023, 8, 30),
                new DocumentRef("приказ", "101", LocalDate.of(2023, 8, 30)),
                List.of(new Official("Председатель методического совета", null))));
        program.startStage(preparing, SEPTEMBER_1);
        program.assessResult(
                product,
                new Assessment(
                        Outcome.ACHIEVED,
                        LocalDate.of(2023, 12, 25),
                        "Собрано 14 разработок",
                        List.of(
                                new Evidence(EvidenceKind.MATERIAL, "Банк разработок", "https://example.org/bank"),
                                new Evidence(EvidenceKind.DOCUMENT, "Протокол № 3", null))));
        program.closeStage(preparing, LocalDate.of(2023, 12, 29));
        program.startStage(doing, LocalDate.of(2024, 1, 9));
        program.assessResult(event, new Assessment(Outcome.PARTLY_ACHIEVED, LocalDate.of(2024, 3, 1), null, List.of()));
        return program;
    }
}
