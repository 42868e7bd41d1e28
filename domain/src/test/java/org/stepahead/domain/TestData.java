package org.stepahead.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.community.CommunityProfile;
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
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Official;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.PersonName;
import org.stepahead.domain.shared.Schedule;

/**
 * Builders of valid domain objects for tests, modelled on the seed "На шаг впереди" (a tutoring subprogram of a
 * school club of class teachers, 2021–2023, with one stage a year). Every builder returns an object that satisfies
 * all of the model's rules; the aggregates come with the events of their creation already pulled, as if loaded
 * from a store, so a test sees only the events its own actions record.
 *
 * <p>Other modules use these through the domain's test-jar.
 */
public final class TestData {

    /** The program runs from 1 January 2021 to 31 December 2023. */
    public static final Period PROGRAM_PERIOD = Period.ofYears(2021, 2023);

    /** The preparatory stage (подготовительный), 2021. */
    public static final StageId PREPARATORY_STAGE = stageId("00000000-0000-0000-0000-000000002021");
    /** The activity stage (деятельностный), 2022. */
    public static final StageId ACTIVITY_STAGE = stageId("00000000-0000-0000-0000-000000002022");
    /** The resultative stage (результативный), 2023. */
    public static final StageId RESULTATIVE_STAGE = stageId("00000000-0000-0000-0000-000000002023");

    /** The day the program is approved. */
    public static final LocalDate APPROVED_ON = LocalDate.of(2020, 12, 25);
    /** The day the members of the fixture community join it (consent is given the same day). */
    public static final LocalDate JOINED_ON = LocalDate.of(2021, 1, 15);

    private TestData() {}

    // ---- identifiers -----------------------------------------------------------------------------------------------

    public static StageId stageId(String uuid) {
        return new StageId(UUID.fromString(uuid));
    }

    // ---- organizations, educators, names -------------------------------------------------------------------------

    public static PersonName personName() {
        return new PersonName("Филатова", "Елена", "Николаевна");
    }

    public static Organization school() {
        return organization("МБОУ «Средняя общеобразовательная школа № 1»");
    }

    public static Organization organization(String name) {
        Organization organization = Organization.register(
                OrganizationId.random(), name, null, OrganizationKind.SCHOOL, "г. Тамбов", false, false);
        organization.pullEvents();
        return organization;
    }

    public static Educator educator(ExperienceLevel experience) {
        Educator educator = Educator.register(
                EducatorId.random(),
                personName(),
                OrganizationId.random(),
                "классный руководитель",
                experience,
                "filatova@school1.example");
        educator.pullEvents();
        return educator;
    }

    // ---- communities and members ---------------------------------------------------------------------------------

    public static Community community() {
        return community(CommunityProfile.empty());
    }

    public static Community community(CommunityProfile profile) {
        Community community = Community.found(
                CommunityId.random(),
                "Клуб классных руководителей «На шаг впереди»",
                CommunityKind.CLUB,
                CommunityLevel.SCHOOL,
                OrganizationId.random(),
                new DocumentRef("Приказ о создании клуба", "288/п", LocalDate.of(2020, 8, 28)),
                ZoneId.of("Europe/Moscow"),
                profile);
        community.pullEvents();
        return community;
    }

    public static Consent consent(LocalDate givenOn) {
        return new Consent(givenOn, "заявление");
    }

    /** An experienced member of the community with the given roles, joined on {@link #JOINED_ON}. */
    public static Membership member(CommunityId communityId, Role... roles) {
        return member(communityId, EducatorId.random(), ExperienceLevel.EXPERIENCED, JOINED_ON, roles);
    }

    /** A member with the given roles, joined on the day given, with consent given that day. */
    public static Membership member(
            CommunityId communityId,
            EducatorId educatorId,
            ExperienceLevel experience,
            LocalDate joinedOn,
            Role... roles) {
        Membership membership = Membership.admit(
                MembershipId.random(),
                communityId,
                educatorId,
                Set.of(roles),
                joinedOn,
                consent(joinedOn),
                "решение заседания клуба",
                experience);
        membership.pullEvents();
        return membership;
    }

    /** An experienced tutor of the community, joined on {@link #JOINED_ON}. */
    public static Membership tutor(CommunityId communityId) {
        return member(communityId, Role.MEMBER, Role.TUTOR);
    }

    /** A young member of the community, joined on {@link #JOINED_ON}. */
    public static Membership novice(CommunityId communityId) {
        return member(communityId, EducatorId.random(), ExperienceLevel.YOUNG, JOINED_ON, Role.MEMBER);
    }

    // ---- programs ------------------------------------------------------------------------------------------------

    /** A draft with a goal and two tasks over {@link #PROGRAM_PERIOD}, without stages. */
    public static Program draftProgram() {
        Program program = Program.draft(
                ProgramId.random(),
                CommunityId.random(),
                ProgramKind.SUBPROGRAM,
                "Подпрограмма «Тьюторское сопровождение молодых педагогов»",
                "Идея: опытные классные руководители сопровождают молодых.",
                "Создать условия для профессионального роста молодых классных руководителей",
                List.of("Выявить затруднения молодых педагогов", "Организовать тьюторское сопровождение"),
                PROGRAM_PERIOD);
        program.pullEvents();
        return program;
    }

    /** A draft with a goal, two tasks and the three yearly stages (2021, 2022, 2023). */
    public static Program draftProgramWithStages() {
        Program program = draftProgram();
        program.addStage(PREPARATORY_STAGE, "Подготовительный", StageKind.PREPARATORY, Period.ofYear(2021), null);
        program.addStage(ACTIVITY_STAGE, "Деятельностный", StageKind.ACTIVITY, Period.ofYear(2022), null);
        program.addStage(RESULTATIVE_STAGE, "Результативный", StageKind.RESULTATIVE, Period.ofYear(2023), null);
        return program;
    }

    /** The program of {@link #draftProgramWithStages()}, approved on {@link #APPROVED_ON}; no stage started yet. */
    public static Program approvedProgram() {
        Program program = draftProgramWithStages();
        program.approve(approval());
        program.pullEvents();
        return program;
    }

    /** An approved program whose first (preparatory) stage started on 11 January 2021. */
    public static Program programInFirstStage() {
        Program program = approvedProgram();
        program.startStage(PREPARATORY_STAGE, LocalDate.of(2021, 1, 11));
        program.pullEvents();
        return program;
    }

    public static Approval approval() {
        return new Approval(
                new Official("Директор МБОУ СОШ № 1", "Е.Н. Филатова"),
                APPROVED_ON,
                new DocumentRef("Приказ", "101", APPROVED_ON),
                List.of(new Official("Председатель методического совета", "И.И. Петрова")));
    }

    public static Activity.Details activity(String title, StageId stageId) {
        return new Activity.Details(
                "1.1",
                title,
                null,
                null,
                stageId,
                List.of(Form.SEMINAR),
                new Schedule.Recurring(2, Schedule.Frequency.MONTH, "2 раза в месяц"),
                List.of(),
                List.of());
    }

    /** Plans an activity of the given stage (or of the whole program when null) and returns its id. */
    public static ActivityId planActivity(Program program, StageId stageId) {
        ActivityId id = ActivityId.random();
        program.planActivity(id, activity("Семинар-практикум для молодых педагогов", stageId));
        return id;
    }

    /** Adds an expected result of the given kind to the stage (or the program when null) and returns its id. */
    public static ExpectedResultId addResult(Program program, ResultKind kind, StageId stageId) {
        ExpectedResultId id = ExpectedResultId.random();
        program.addExpectedResult(id, "Банк методических материалов", null, kind, stageId);
        return id;
    }

    /** Adds an indicator with a baseline and a target in its direction and returns its id. */
    public static IndicatorId addIndicator(
            Program program, BigDecimal baseline, BigDecimal target, IndicatorDirection direction) {
        IndicatorId id = IndicatorId.random();
        program.addIndicator(id, "Доля молодых педагогов с тьютором", "%", baseline, target, direction);
        return id;
    }

    public static Measurement measurement(LocalDate day, String value) {
        return new Measurement(day, new BigDecimal(value), null);
    }

    public static Evidence evidence() {
        return new Evidence(EvidenceKind.MATERIAL, "Сборник сценариев классных часов", "materials/42");
    }

    public static Assessment assessment(Outcome outcome, LocalDate day, Evidence... evidence) {
        return new Assessment(outcome, day, null, List.of(evidence));
    }

    // ---- events --------------------------------------------------------------------------------------------------

    public static Event.Details eventDetails(LocalDate date) {
        return new Event.Details(
                "Заседание клуба «На шаг впереди»",
                Form.MEETING,
                date,
                LocalTime.of(15, 0),
                LocalTime.of(16, 30),
                "каб. 21",
                List.of("Филатова Е.Н."));
    }

    /** A standalone meeting of a random community on the given day. */
    public static Event standaloneEvent(LocalDate date) {
        return standaloneEvent(CommunityId.random(), date);
    }

    public static Event standaloneEvent(CommunityId communityId, LocalDate date) {
        Event event = Event.standalone(EventId.random(), communityId, eventDetails(date));
        event.pullEvents();
        return event;
    }

    public static AgendaItem agendaItem() {
        return new AgendaItem(
                "О плане работы клуба на год",
                "Филатову Е.Н.",
                List.of("Петрова И.И."),
                List.of("Утвердить план работы клуба"));
    }

    public static Minutes minutes(LocalDate date) {
        return new Minutes("1", date, "Филатова Е.Н.", "Петрова И.И.", List.of(agendaItem()));
    }
}
