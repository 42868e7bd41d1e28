package org.stepahead.adapter.in.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepahead.adapter.in.web.WebSecurityTestConfiguration;
import org.stepahead.adapter.in.web.common.ProblemAdvice;
import org.stepahead.adapter.in.web.security.BrowserSecurityConfiguration;
import org.stepahead.adapter.in.web.ui.community.MonthPages;
import org.stepahead.adapter.in.web.ui.event.CommunityMembers;
import org.stepahead.adapter.in.web.ui.event.EventChangePages;
import org.stepahead.adapter.in.web.ui.event.EventOutcomePages;
import org.stepahead.adapter.in.web.ui.event.EventPages;
import org.stepahead.adapter.in.web.ui.event.EventPlanningPages;
import org.stepahead.adapter.in.web.ui.program.MeasurementPages;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.community.ListCommunitiesUseCase;
import org.stepahead.application.port.in.event.ActivityOccurrences;
import org.stepahead.application.port.in.event.CancelEventCommand;
import org.stepahead.application.port.in.event.CancelEventUseCase;
import org.stepahead.application.port.in.event.EventAttendanceView;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.EventView.AgendaView;
import org.stepahead.application.port.in.event.EventView.AttendanceView;
import org.stepahead.application.port.in.event.EventView.DecisionView;
import org.stepahead.application.port.in.event.EventView.MinutesView;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.GenerateEventsUseCase;
import org.stepahead.application.port.in.event.GenerationReport;
import org.stepahead.application.port.in.event.GenerationReport.GeneratedEvent;
import org.stepahead.application.port.in.event.GetAttendanceSummaryUseCase;
import org.stepahead.application.port.in.event.GetCommunityEventsUseCase;
import org.stepahead.application.port.in.event.GetEventUseCase;
import org.stepahead.application.port.in.event.MemberAttendanceView;
import org.stepahead.application.port.in.event.PlanDecisionCommand;
import org.stepahead.application.port.in.event.PlanDecisionUseCase;
import org.stepahead.application.port.in.event.PreviewEventsUseCase;
import org.stepahead.application.port.in.event.RecordAttendanceCommand;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.GuestInput;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.MemberPresence;
import org.stepahead.application.port.in.event.RecordAttendanceUseCase;
import org.stepahead.application.port.in.event.RecordMinutesCommand;
import org.stepahead.application.port.in.event.RecordMinutesCommand.AgendaItemInput;
import org.stepahead.application.port.in.event.RecordMinutesUseCase;
import org.stepahead.application.port.in.event.RescheduleEventCommand;
import org.stepahead.application.port.in.event.RescheduleEventUseCase;
import org.stepahead.application.port.in.event.ScheduleEventCommand;
import org.stepahead.application.port.in.event.ScheduleEventUseCase;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.GetMembershipUseCase;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.program.AddDirectionCommand;
import org.stepahead.application.port.in.program.AddDirectionUseCase;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramOverview.ActivityView;
import org.stepahead.application.port.in.program.ProgramOverview.IndicatorView;
import org.stepahead.application.port.in.program.ProgramOverview.StageView;
import org.stepahead.application.port.in.program.ProgramSummary;
import org.stepahead.application.port.in.program.RecordMeasurementCommand;
import org.stepahead.application.port.in.program.RecordMeasurementUseCase;
import org.stepahead.application.port.in.program.ReviseDirectionUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.EventStatus;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.program.StageStatus;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Occurrences;
import org.stepahead.domain.shared.Schedule;

/**
 * The browser pages of a coordinator's monthly event work, over mocked use cases: the event page, planning an
 * event, generating events from the schedule, attendance and its summary, minutes and a decision put into the plan,
 * and a program's measurement and direction forms. Each form: it renders, a bad field gets its message beside it and
 * nothing is run, a valid one runs the exact command and redirects, a refusal of the domain shows its message.
 */
@WebMvcTest
@ContextConfiguration(
        classes = {
            EventPages.class,
            EventChangePages.class,
            EventOutcomePages.class,
            EventPlanningPages.class,
            MeasurementPages.class,
            MonthPages.class,
            CommunityMembers.class,
            Labels.class,
            UiAdvice.class,
            UiConfiguration.class,
            ProblemAdvice.class,
            WebSecurityTestConfiguration.class,
            BrowserSecurityConfiguration.class,
            BrowserPagesTest.FixedClock.class
        })
@TestPropertySource(properties = {"stepahead.admin.user=admin", "stepahead.admin.password=secret"})
class EventPagesTest {

    private static final UUID COMMUNITY = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID STAGE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID ACTIVITY = UUID.fromString("00000000-0000-0000-0000-0000000000ac");
    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID INDICATOR = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    private static final UUID IVANOVA = UUID.fromString("00000000-0000-0000-0000-000000000101");
    private static final UUID SIDOROV = UUID.fromString("00000000-0000-0000-0000-000000000102");
    private static final RequestPostProcessor COORDINATOR = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GetCommunityUseCase getCommunity;

    @MockitoBean
    ListCommunitiesUseCase listCommunities;

    @MockitoBean
    GetCommunityEventsUseCase communityEvents;

    @MockitoBean
    GetEventUseCase getEvent;

    @MockitoBean
    ScheduleEventUseCase scheduleEvent;

    @MockitoBean
    RecordAttendanceUseCase recordAttendance;

    @MockitoBean
    RecordMinutesUseCase recordMinutes;

    @MockitoBean
    CancelEventUseCase cancelEvent;

    @MockitoBean
    RescheduleEventUseCase rescheduleEvent;

    @MockitoBean
    PlanDecisionUseCase planDecision;

    @MockitoBean
    GenerateEventsUseCase generateEvents;

    @MockitoBean
    PreviewEventsUseCase previewEvents;

    @MockitoBean
    GetAttendanceSummaryUseCase attendanceSummary;

    @MockitoBean
    GetProgramOverviewUseCase programOverview;

    @MockitoBean
    ListProgramsUseCase listPrograms;

    @MockitoBean
    GetMemberRegisterUseCase memberRegister;

    @MockitoBean
    GetMembershipUseCase getMembership;

    @MockitoBean
    RecordMeasurementUseCase recordMeasurement;

    @MockitoBean
    AddDirectionUseCase addDirection;

    @MockitoBean
    ReviseDirectionUseCase reviseDirection;

    @BeforeEach
    void givenACommunityWithAProgramAndTwoMembers() {
        given(getCommunity.get(new CommunityId(COMMUNITY)))
                .willReturn(new CommunityView(
                        new CommunityId(COMMUNITY),
                        1,
                        "Клуб молодых педагогов",
                        CommunityKind.CLUB,
                        CommunityLevel.MUNICIPAL,
                        new OrganizationId(UUID.randomUUID()),
                        "Школа № 1",
                        null,
                        "Europe/Moscow",
                        null,
                        "Поддержка",
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));
        ActivityView activity = new ActivityView(
                new ActivityId(ACTIVITY),
                "1.1",
                "Заседание клуба",
                null,
                null,
                null,
                new StageId(STAGE),
                List.of(Form.MEETING),
                new Schedule.Unparsed("каждый 3-тий понедельник месяца"),
                List.of(),
                List.of());
        StageView stage = new StageView(
                new StageId(STAGE),
                1,
                "Организационный",
                StageKind.ORGANIZATIONAL,
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 12, 31),
                null,
                StageStatus.ACTIVE,
                null,
                null,
                List.of(activity),
                List.of());
        IndicatorView indicator = new IndicatorView(
                new IndicatorId(INDICATOR),
                "Доля педагогов",
                "%",
                BigDecimal.ZERO,
                BigDecimal.valueOf(40),
                IndicatorDirection.HIGHER_IS_BETTER,
                List.of(),
                null,
                null,
                false);
        given(programOverview.overview(new ProgramId(PROGRAM)))
                .willReturn(new ProgramOverview(
                        new ProgramId(PROGRAM),
                        3,
                        new CommunityId(COMMUNITY),
                        "Клуб молодых педагогов",
                        ProgramKind.PROGRAM,
                        "Шаг вперёд",
                        null,
                        "Рост",
                        List.of(),
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 5, 31),
                        ProgramStatus.APPROVED,
                        null,
                        List.of(stage),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(indicator)));
        given(listPrograms.programsOf(new CommunityId(COMMUNITY)))
                .willReturn(List.of(new ProgramSummary(
                        new ProgramId(PROGRAM),
                        3,
                        ProgramKind.PROGRAM,
                        "Шаг вперёд",
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 5, 31),
                        ProgramStatus.APPROVED,
                        "Организационный")));
        given(memberRegister.register(any()))
                .willReturn(new Page<>(
                        List.of(member(IVANOVA, "Иванова Мария"), member(SIDOROV, "Сидоров Олег")), 0, 500, 2));
        given(memberRegister.membersOn(any(), any()))
                .willReturn(List.of(member(IVANOVA, "Иванова Мария"), member(SIDOROV, "Сидоров Олег")));
    }

    private static MemberRegisterItem member(UUID id, String name) {
        return new MemberRegisterItem(
                new MembershipId(id),
                1,
                new EducatorId(UUID.randomUUID()),
                name,
                name.split(" ")[0],
                name.split(" ")[1],
                null,
                ExperienceLevel.EXPERIENCED,
                null,
                null,
                List.of(Role.MEMBER),
                LocalDate.of(2025, 9, 1),
                null);
    }

    private void givenTheEvent(List<AttendanceView> attendance, MinutesView minutes) {
        givenTheEvent(null, attendance, minutes);
    }

    private void givenTheEvent(LocalDate occurrence, List<AttendanceView> attendance, MinutesView minutes) {
        givenTheEvent(occurrence, attendance, minutes, EventStatus.SCHEDULED, null);
    }

    private void givenTheEvent(
            LocalDate occurrence,
            List<AttendanceView> attendance,
            MinutesView minutes,
            EventStatus status,
            String cancellationReason) {
        given(getEvent.event(new EventId(EVENT)))
                .willReturn(new EventView(
                        new EventId(EVENT),
                        4,
                        new CommunityId(COMMUNITY),
                        new ProgramId(PROGRAM),
                        new ActivityId(ACTIVITY),
                        occurrence,
                        "Заседание клуба",
                        Form.MEETING,
                        LocalDate.of(2025, 10, 13),
                        LocalTime.of(15, 0),
                        LocalTime.of(16, 30),
                        "Europe/Moscow",
                        "Школа № 1, кабинет 12",
                        List.of("Иванова М. П."),
                        status,
                        cancellationReason,
                        (int) attendance.stream()
                                .filter(a -> a.membershipId() != null && a.present())
                                .count(),
                        (int) attendance.stream()
                                .filter(a -> a.membershipId() != null && !a.present())
                                .count(),
                        (int) attendance.stream()
                                .filter(a -> a.membershipId() == null)
                                .count(),
                        attendance,
                        minutes));
    }

    private static MinutesView minutes() {
        return minutes(new DecisionView(1, "Провести конкурс в марте", false, null, null, null));
    }

    /** Minutes of two decisions, the first as given, the second not planned. */
    private static MinutesView minutes(DecisionView first) {
        return new MinutesView(
                "3",
                LocalDate.of(2025, 10, 13),
                "Иванова М. П.",
                "Сидоров О. И.",
                1,
                1,
                List.of(new AgendaView(
                        "О конкурсе мастерства",
                        "Иванову М. П.",
                        List.of("Сидоров О. И."),
                        List.of("Провести конкурс в марте", "Подготовить положение"),
                        List.of(first, new DecisionView(2, "Подготовить положение", false, null, null, null)))),
                !first.planned());
    }

    private static ResultMatcher besideTheField(String field, String message) {
        return content().string(containsString("id=\"" + field + "-error\">" + message));
    }

    // ------------------------------------------------------------------ the event page and the month view

    @Test
    void theEventPage_showsWhatWhenWhereItsPlanItemAttendanceAndMinutes() throws Exception {
        givenTheEvent(
                List.of(
                        new AttendanceView(new MembershipId(IVANOVA), null, null, true),
                        new AttendanceView(new MembershipId(SIDOROV), null, null, false),
                        new AttendanceView(null, "Петров П. П.", "Гимназия № 2", true)),
                minutes());
        mvc.perform(get("/events/" + EVENT).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Заседание клуба</h1>"),
                                containsString("заседание"),
                                containsString("13.10.2025 15:00–16:30"),
                                containsString("Школа № 1, кабинет 12"),
                                containsString("1.1 Заседание клуба"),
                                containsString("href=\"/programs/" + PROGRAM + "\""),
                                containsString("Присутствовали: 1 · отсутствовали: 1 · гостей: 1"),
                                containsString("Иванова Мария"),
                                containsString("Сидоров Олег"),
                                containsString("Петров П. П."),
                                containsString("отсутствовал(а)"),
                                containsString("Протокол № 3 от 13.10.2025"),
                                containsString("Постановили"),
                                containsString("Провести конкурс в марте"),
                                containsString("/events/" + EVENT + "/minutes/decisions/new?item=1&amp;decision=2"),
                                containsString("/events/" + EVENT + "/attendance/new"),
                                containsString("month=2025-10"))));
    }

    @Test
    void anEventWithoutPlannedDecisions_offersEachDecisionForThePlanAndRewritingTheMinutes() throws Exception {
        givenTheEvent(List.of(), minutes());
        mvc.perform(get("/events/" + EVENT).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("/events/" + EVENT + "/minutes/decisions/new?item=1&amp;decision=1"),
                                containsString("/events/" + EVENT + "/minutes/decisions/new?item=1&amp;decision=2"),
                                containsString("href=\"/events/" + EVENT + "/minutes/new\""),
                                not(containsString("внесено в план")),
                                not(containsString("День по расписанию")))));
    }

    @Test
    void aGeneratedEventWithAPlannedDecision_showsTheDayAndThePlanItem_andOffersOnlyTheOtherDecision()
            throws Exception {
        UUID planned = UUID.fromString("00000000-0000-0000-0000-0000000000ad");
        givenTheEvent(
                LocalDate.of(2025, 10, 20),
                List.of(),
                minutes(new DecisionView(
                        1,
                        "Провести конкурс в марте",
                        true,
                        new ProgramId(PROGRAM),
                        new ActivityId(planned),
                        "Конкурс мастерства")));
        mvc.perform(get("/events/" + EVENT).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("День по расписанию</dt><dd>20.10.2025</dd>"),
                                containsString("внесено в план:"),
                                containsString("<a href=\"/programs/" + PROGRAM + "#activity-" + planned
                                        + "\">Конкурс мастерства</a>"),
                                not(containsString("/minutes/decisions/new?item=1&amp;decision=1")),
                                containsString("/events/" + EVENT + "/minutes/decisions/new?item=1&amp;decision=2"),
                                not(containsString("href=\"/events/" + EVENT + "/minutes/new\"")),
                                containsString("Протокол больше нельзя переписать: его решения внесены в план."),
                                containsString("href=\"/events/" + EVENT + "/attendance/new\""))));
        mvc.perform(get("/events/" + EVENT).with(COORDINATOR).param("lang", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Day of the schedule</dt><dd>20.10.2025</dd>"),
                                containsString("added to the plan:"),
                                containsString(
                                        "The minutes can no longer be rewritten: their decisions are in the plan."))));
    }

    @Test
    void theDecisionFormOfAPlannedDecision_namesItsPlanItemInsteadOfTheForm_andTheMinutesFormSaysTheyAreFixed()
            throws Exception {
        UUID planned = UUID.fromString("00000000-0000-0000-0000-0000000000ad");
        givenTheEvent(
                List.of(),
                minutes(new DecisionView(
                        1,
                        "Провести конкурс в марте",
                        true,
                        new ProgramId(PROGRAM),
                        new ActivityId(planned),
                        "Конкурс мастерства")));
        mvc.perform(get("/events/" + EVENT + "/minutes/decisions/new")
                        .param("item", "1")
                        .param("decision", "1")
                        .with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Это решение уже"),
                                containsString("<a href=\"/programs/" + PROGRAM + "#activity-" + planned
                                        + "\">Конкурс мастерства</a>"),
                                not(containsString("action=\"/events/" + EVENT + "/minutes/decisions\"")))));
        mvc.perform(get("/events/" + EVENT + "/minutes/decisions/new")
                        .param("item", "1")
                        .param("decision", "2")
                        .with(COORDINATOR))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Это решение уже")),
                                containsString("action=\"/events/" + EVENT + "/minutes/decisions\""))));
        mvc.perform(get("/events/" + EVENT + "/minutes/new").with(COORDINATOR))
                .andExpect(content().string(containsString("Протокол больше нельзя переписать")));
    }

    // ------------------------------------------------------------------ moving and cancelling an event

    @Test
    void aScheduledEvent_offersACoordinatorTheFormsToMoveItFilledWithItsDayTimesAndPlace_andToCancelIt()
            throws Exception {
        givenTheEvent(List.of(), null);
        mvc.perform(get("/events/" + EVENT).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Перенос и отмена"),
                                containsString("action=\"/events/" + EVENT + "/reschedule\""),
                                containsString("name=\"date\" required value=\"2025-10-13\""),
                                containsString("name=\"startsAt\" value=\"15:00\""),
                                containsString("name=\"endsAt\" value=\"16:30\""),
                                containsString("value=\"Школа № 1, кабинет 12\""),
                                containsString("name=\"version\" value=\"4\""),
                                containsString("action=\"/events/" + EVENT + "/cancel\""),
                                containsString("Причина отмены"),
                                containsString("Отменить мероприятие"),
                                not(containsString("class=\"problem cancelled\"")))));
    }

    @Test
    void aCancelledEvent_saysSoWithItsReason_andOffersNeitherMovingNorCancelling() throws Exception {
        givenTheEvent(null, List.of(), null, EventStatus.CANCELLED, "Карантин в школе");
        mvc.perform(get("/events/" + EVENT).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Отменено: Карантин в школе"),
                                not(containsString("/events/" + EVENT + "/reschedule")),
                                not(containsString("/events/" + EVENT + "/cancel")),
                                not(containsString("/events/" + EVENT + "/attendance/new")))));

        givenTheEvent(null, List.of(), null, EventStatus.CANCELLED, null);
        mvc.perform(get("/events/" + EVENT).with(COORDINATOR))
                .andExpect(content().string(containsString("<p class=\"problem cancelled\">Отменено</p>")));
    }

    @Test
    void cancellingWithAReason_runsTheExactCommand_andAnAlreadyHeldEventIsRefusedWithTheReason() throws Exception {
        mvc.perform(post("/events/" + EVENT + "/cancel")
                        .param("reason", "Карантин в школе")
                        .param("version", "4")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/events/" + EVENT))
                .andExpect(
                        result -> assertThat(result.getFlashMap().get("notice")).isEqualTo("Мероприятие отменено."));
        then(cancelEvent).should().cancel(new CancelEventCommand(new EventId(EVENT), "Карантин в школе", 4L));

        willThrow(new DomainRuleViolation("event.alreadyRecorded"))
                .given(cancelEvent)
                .cancel(any());
        mvc.perform(post("/events/" + EVENT + "/cancel")
                        .param("reason", " ")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/events/" + EVENT))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem"))
                        .isEqualTo("По мероприятию уже записаны посещаемость или протокол."));
        then(cancelEvent).should().cancel(new CancelEventCommand(new EventId(EVENT), null, null));
    }

    @Test
    void movingAnEvent_runsTheExactCommand_andADayOutsideTheStageOrAStaleVersionIsRefusedInRussian() throws Exception {
        mvc.perform(post("/events/" + EVENT + "/reschedule")
                        .param("date", "2025-10-20")
                        .param("startsAt", "10:00")
                        .param("endsAt", "")
                        .param("place", "Актовый зал")
                        .param("version", "4")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/events/" + EVENT))
                .andExpect(
                        result -> assertThat(result.getFlashMap().get("notice")).isEqualTo("Мероприятие перенесено."));
        then(rescheduleEvent)
                .should()
                .reschedule(new RescheduleEventCommand(
                        new EventId(EVENT), LocalDate.of(2025, 10, 20), LocalTime.of(10, 0), null, "Актовый зал", 4L));

        willThrow(new DomainRuleViolation(
                        "event.outsideStage",
                        LocalDate.of(2026, 2, 2),
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 12, 31)))
                .given(rescheduleEvent)
                .reschedule(any());
        mvc.perform(post("/events/" + EVENT + "/reschedule")
                        .param("date", "2026-02-02")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/events/" + EVENT))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem"))
                        .asString()
                        .startsWith("Дата мероприятия")
                        .contains("вне периода этапа"));

        willThrow(new ConflictException("event", EVENT, 4))
                .given(rescheduleEvent)
                .reschedule(any());
        mvc.perform(post("/events/" + EVENT + "/reschedule")
                        .param("date", "2025-10-20")
                        .param("version", "4")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem"))
                        .isEqualTo("Данные изменил кто-то другой; перечитайте страницу и повторите."));
    }

    @Test
    void movingWithoutADay_isRefusedNamingTheDay_andNothingRuns() throws Exception {
        mvc.perform(post("/events/" + EVENT + "/reschedule")
                        .param("date", "")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/events/" + EVENT))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem"))
                        .asString()
                        .contains("date", "обязательное поле не заполнено"));
        then(rescheduleEvent).shouldHaveNoInteractions();
    }

    @Test
    void theMonthView_linksEachEventToItsPage_andOffersPlanningOne() throws Exception {
        givenTheEvent(List.of(), null);
        EventView event = getEvent.event(new EventId(EVENT));
        given(communityEvents.events(any())).willReturn(List.of(event));
        mvc.perform(get("/communities/" + COMMUNITY + "/calendar").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<a href=\"/events/" + EVENT + "\">Заседание клуба</a>"),
                                containsString("href=\"/communities/" + COMMUNITY + "/events/new\""),
                                containsString("href=\"/communities/" + COMMUNITY + "/attendance/events\""))));
    }

    // ------------------------------------------------------------------ planning an event

    @Test
    void thePlanningForm_offersThePlanItemsOfTheCommunitysPrograms() throws Exception {
        mvc.perform(get("/communities/" + COMMUNITY + "/events/new").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Запланировать мероприятие</h1>"),
                                containsString("value=\"" + PROGRAM + "/" + ACTIVITY
                                        + "\">Шаг вперёд: 1.1 Заседание клуба</option>"),
                                containsString("<label for=\"date\">Дата</label>"),
                                containsString("type=\"time\""))));
        mvc.perform(get("/communities/" + COMMUNITY + "/events/new")
                        .param("activity", PROGRAM + "/" + ACTIVITY)
                        .with(COORDINATOR))
                .andExpect(content()
                        .string(containsString("value=\"" + PROGRAM + "/" + ACTIVITY
                                + "\" selected=\"selected\">Шаг вперёд: 1.1 Заседание клуба</option>")));
    }

    @Test
    void planningWithAnUnreadableDate_orWithoutTitleAndPlanItem_showsMessagesBesideTheFields() throws Exception {
        mvc.perform(post("/communities/" + COMMUNITY + "/events")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("title", "Семинар")
                        .param("date", "2025-13-45")
                        .param("startsAt", "25:99"))
                .andExpect(status().isOk())
                .andExpect(besideTheField("date", "неверная дата: нужна дата вида ГГГГ-ММ-ДД"))
                .andExpect(besideTheField("startsAt", "неверное время: нужно время вида ЧЧ:ММ"))
                .andExpect(content().string(containsString("value=\"Семинар\"")));
        mvc.perform(post("/communities/" + COMMUNITY + "/events")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("date", "2025-10-20"))
                .andExpect(status().isOk())
                .andExpect(besideTheField("title", "укажите название или выберите пункт плана"));
        then(scheduleEvent).should(never()).schedule(any());
    }

    @Test
    void aValidEvent_isScheduledAndTheBrowserGoesToItsPage() throws Exception {
        given(scheduleEvent.schedule(any())).willReturn(new EventId(EVENT));
        mvc.perform(post("/communities/" + COMMUNITY + "/events")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("activity", PROGRAM + "/" + ACTIVITY)
                        .param("title", "")
                        .param("form", "MEETING")
                        .param("date", "2025-10-20")
                        .param("startsAt", "15:00")
                        .param("place", " Школа № 1 ")
                        .param("facilitatorsText", "Иванова М. П.\r\n\r\nСидоров О. И."))
                .andExpect(redirectedUrl("/events/" + EVENT))
                .andExpect(result ->
                        assertThat(result.getFlashMap().get("notice")).isEqualTo("Мероприятие запланировано."));
        then(scheduleEvent)
                .should()
                .schedule(new ScheduleEventCommand(
                        new CommunityId(COMMUNITY),
                        new ProgramId(PROGRAM),
                        new ActivityId(ACTIVITY),
                        null,
                        Form.MEETING,
                        LocalDate.of(2025, 10, 20),
                        LocalTime.of(15, 0),
                        null,
                        "Школа № 1",
                        List.of("Иванова М. П.", "Сидоров О. И.")));
    }

    @Test
    void anEventOutsideItsStage_showsTheRuleBesideTheDate() throws Exception {
        willThrow(new DomainRuleViolation(
                        "event.outsideStage",
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 12, 31)))
                .given(scheduleEvent)
                .schedule(any());
        mvc.perform(post("/communities/" + COMMUNITY + "/events")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("activity", PROGRAM + "/" + ACTIVITY)
                        .param("date", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(besideTheField("date", "Дата мероприятия 01.02.2026 вне периода этапа"));
    }

    // ------------------------------------------------------------------ events from the schedule

    @Test
    void theGenerationPreview_listsTheDays_andSaysWhyAnActivityHasNone() throws Exception {
        given(previewEvents.preview(new GenerateEventsCommand(new ProgramId(PROGRAM), new StageId(STAGE), null, null)))
                .willReturn(List.of(
                        new ActivityOccurrences(
                                new ActivityId(ACTIVITY),
                                "1.1",
                                "Заседание клуба",
                                new StageId(STAGE),
                                "каждый 3-тий понедельник месяца",
                                List.of(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 17)),
                                Occurrences.Status.DATED,
                                "даты рассчитаны"),
                        new ActivityOccurrences(
                                new ActivityId(UUID.randomUUID()),
                                "1.2",
                                "Консультации",
                                new StageId(STAGE),
                                "по запросу ОО",
                                List.of(),
                                Occurrences.Status.ON_REQUEST,
                                "по запросу — без дат")));
        mvc.perform(get("/programs/" + PROGRAM + "/occurrences")
                        .param("stageId", STAGE.toString())
                        .with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Мероприятия по расписанию</h1>"),
                                containsString("Дат по расписанию: 2"),
                                containsString("20.10.2025"),
                                containsString("17.11.2025"),
                                containsString("<p class=\"reason\">по запросу — без дат</p>"),
                                containsString("action=\"/programs/" + PROGRAM + "/events/generation\""),
                                containsString("name=\"stageId\" value=\"" + STAGE + "\""))));
    }

    @Test
    void confirmingTheGeneration_createsTheEvents_andSaysHowManyWereThere() throws Exception {
        GeneratedEvent event = new GeneratedEvent(
                new EventId(EVENT),
                new ActivityId(ACTIVITY),
                "Заседание клуба",
                LocalDate.of(2025, 10, 20),
                LocalDate.of(2025, 10, 20));
        given(generateEvents.generate(any()))
                .willReturn(
                        new GenerationReport(new ProgramId(PROGRAM), List.of(event, event), List.of(event), List.of()));
        mvc.perform(post("/programs/" + PROGRAM + "/events/generation")
                        .param("stageId", STAGE.toString())
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/programs/" + PROGRAM + "/occurrences?stageId=" + STAGE))
                .andExpect(result -> assertThat(result.getFlashMap().get("notice"))
                        .isEqualTo("Создано мероприятий: 2; уже были: 1."));
        then(generateEvents)
                .should()
                .generate(new GenerateEventsCommand(new ProgramId(PROGRAM), new StageId(STAGE), null, null));

        willThrow(new DomainRuleViolation("program.notApproved", "проект"))
                .given(generateEvents)
                .generate(any());
        mvc.perform(post("/programs/" + PROGRAM + "/events/generation")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/programs/" + PROGRAM + "/occurrences"))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem"))
                        .asString()
                        .contains("не утверждена"));
    }

    @Test
    void anUnreadableStageOrPlanItem_isAPageNotFound_andNeitherPreviewsNorGenerates() throws Exception {
        mvc.perform(get("/programs/" + PROGRAM + "/occurrences")
                        .param("stageId", "not-an-id")
                        .with(COORDINATOR))
                .andExpect(status().isNotFound());
        mvc.perform(post("/programs/" + PROGRAM + "/events/generation")
                        .param("activityId", "not-an-id")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        then(previewEvents).should(never()).preview(any());
        then(generateEvents).should(never()).generate(any());
    }

    @Test
    void extraDaysOff_areLeftOutOfThePreviewAndTheGeneration_andAnUnreadableLineIsShownBesideTheField()
            throws Exception {
        List<GenerateEventsCommand.NonWorkingDays> daysOff = List.of(
                new GenerateEventsCommand.NonWorkingDays(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 7)),
                new GenerateEventsCommand.NonWorkingDays(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 1)));
        given(previewEvents.preview(any()))
                .willReturn(List.of(new ActivityOccurrences(
                        new ActivityId(ACTIVITY),
                        "1.1",
                        "Заседание клуба",
                        new StageId(STAGE),
                        "каждый понедельник",
                        List.of(LocalDate.of(2025, 11, 10)),
                        Occurrences.Status.DATED,
                        "даты рассчитаны")));
        mvc.perform(get("/programs/" + PROGRAM + "/occurrences")
                        .param("nonWorking", "2025-11-03..2025-11-07\n2025-12-01")
                        .with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("name=\"nonWorking\" value=\"2025-11-03..2025-11-07\n2025-12-01\"")));
        then(previewEvents).should().preview(new GenerateEventsCommand(new ProgramId(PROGRAM), null, null, daysOff));

        given(generateEvents.generate(any()))
                .willReturn(new GenerationReport(new ProgramId(PROGRAM), List.of(), List.of(), List.of()));
        mvc.perform(post("/programs/" + PROGRAM + "/events/generation")
                        .param("nonWorking", "2025-11-03..2025-11-07\n2025-12-01")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl(
                        "/programs/" + PROGRAM + "/occurrences?nonWorking=2025-11-03..2025-11-07%0A2025-12-01"));
        then(generateEvents).should().generate(new GenerateEventsCommand(new ProgramId(PROGRAM), null, null, daysOff));

        mvc.perform(get("/programs/" + PROGRAM + "/occurrences")
                        .param("nonWorking", "2025-11-07..2025-11-03")
                        .with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(besideTheField(
                        "nonWorking",
                        "строка «2025-11-07..2025-11-03» не день ГГГГ-ММ-ДД и не период ГГГГ-ММ-ДД..ГГГГ-ММ-ДД"))
                .andExpect(content().string(not(containsString("/events/generation"))));
        mvc.perform(post("/programs/" + PROGRAM + "/events/generation")
                        .param("nonWorking", "после каникул")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem"))
                        .asString()
                        .contains("после каникул"));
        then(generateEvents).should(org.mockito.Mockito.times(1)).generate(any());
    }

    // ------------------------------------------------------------------ attendance

    @Test
    void theAttendanceForm_listsTheMembersToTick_withThoseAlreadyPresentTicked() throws Exception {
        givenTheEvent(
                List.of(
                        new AttendanceView(new MembershipId(IVANOVA), null, null, true),
                        new AttendanceView(null, "Петров П. П.", "Гимназия № 2", true)),
                null);
        mvc.perform(get("/events/" + EVENT + "/attendance/new").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Отметить посещаемость</h1>"),
                                containsString("<legend>Участники сообщества</legend>"),
                                containsString("name=\"present\" value=\"" + IVANOVA + "\" checked"),
                                containsString("name=\"present\" value=\"" + SIDOROV + "\">"),
                                containsString("Петров П. П.; Гимназия № 2"),
                                containsString("name=\"version\" value=\"4\""))));
    }

    @Test
    void recordingAttendance_sendsEveryListedMemberPresentOrAbsent_andTheGuests() throws Exception {
        givenTheEvent(List.of(), null);
        mvc.perform(post("/events/" + EVENT + "/attendance")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("version", "4")
                        .param("listed", IVANOVA.toString(), SIDOROV.toString())
                        .param("present", IVANOVA.toString())
                        .param("guestsText", "Петров П. П.; Гимназия № 2\r\nКузнецова А. А."))
                .andExpect(redirectedUrl("/events/" + EVENT))
                .andExpect(result -> assertThat(result.getFlashMap().get("notice"))
                        .isEqualTo("Посещаемость записана: участников присутствовало 1, гостей 2."));
        then(recordAttendance)
                .should()
                .recordAttendance(new RecordAttendanceCommand(
                        new EventId(EVENT),
                        List.of(
                                new MemberPresence(new MembershipId(IVANOVA), true),
                                new MemberPresence(new MembershipId(SIDOROV), false)),
                        List.of(
                                new GuestInput("Петров П. П.", "Гимназия № 2"),
                                new GuestInput("Кузнецова А. А.", null)),
                        4L));
    }

    @Test
    void givenAnEarlierEventAndAMemberWhoJoinedAfterIt_theAttendanceForm_listsOnlyTheMembersOfTheEventsDayByName()
            throws Exception {
        givenTheEvent(List.of(), null);
        given(memberRegister.membersOn(new CommunityId(COMMUNITY), LocalDate.of(2025, 10, 13)))
                .willReturn(List.of(member(IVANOVA, "Иванова Мария")));

        mvc.perform(get("/events/" + EVENT + "/attendance/new").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("name=\"listed\" value=\"" + IVANOVA + "\""),
                                containsString("<span>Иванова Мария</span>"),
                                containsString("в день мероприятия (13.10.2025)"),
                                not(containsString(SIDOROV.toString())),
                                not(containsString("Сидоров Олег")))));
    }

    @Test
    void givenAnEarlierEvent_recordingAttendanceWithNobodyTicked_sendsOnlyTheListedMembersAsAbsent() throws Exception {
        givenTheEvent(List.of(), null);
        mvc.perform(post("/events/" + EVENT + "/attendance")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("version", "4")
                        .param("listed", IVANOVA.toString()))
                .andExpect(redirectedUrl("/events/" + EVENT));
        then(recordAttendance)
                .should()
                .recordAttendance(new RecordAttendanceCommand(
                        new EventId(EVENT),
                        List.of(new MemberPresence(new MembershipId(IVANOVA), false)),
                        List.of(),
                        4L));
    }

    /** Records attendance with the member listed and ticked, the use case refusing it: the form comes back. */
    private ResultActions ticking(UUID member, DomainRuleViolation refusal) throws Exception {
        willThrow(refusal).given(recordAttendance).recordAttendance(any());
        return mvc.perform(post("/events/" + EVENT + "/attendance")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("listed", member.toString())
                        .param("present", member.toString()))
                .andExpect(status().isOk());
    }

    @Test
    void aMemberTickedWhoWasNotAMemberThatDay_isRefusedBesideTheMembersByNameAndDay() throws Exception {
        givenTheEvent(List.of(), null);
        ticking(SIDOROV, new DomainRuleViolation("attendance.notAMember", "Сидоров Олег", LocalDate.of(2025, 10, 13)))
                .andExpect(besideTheField(
                        "present",
                        "Сидоров Олег — не участник сообщества на день мероприятия (13.10.2025): отметьте как гостя."));
    }

    @Test
    void aGuestWithoutAName_isShownBesideTheGuests_andAnEventNotYetHeldAtTheTop() throws Exception {
        givenTheEvent(List.of(), null);
        willAnswer(call -> {
                    CommandValidation.validate(call.getArgument(0));
                    return null;
                })
                .given(recordAttendance)
                .recordAttendance(any());
        mvc.perform(post("/events/" + EVENT + "/attendance")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("guestsText", "; Гимназия № 2"))
                .andExpect(status().isOk())
                .andExpect(besideTheField("guestsText", "поле не должно быть пустым"));

        ticking(IVANOVA, new DomainRuleViolation("event.notYetTakenPlace", LocalDate.of(2025, 10, 20)))
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"errors\" role=\"alert\""),
                                containsString("Мероприятие ещё не состоялось (дата: 20.10.2025)."))));
    }

    @Test
    void theAttendanceSummary_countsPerEventAndPerMember() throws Exception {
        given(attendanceSummary.byEvent(any()))
                .willReturn(List.of(new EventAttendanceView(
                        new EventId(EVENT),
                        LocalDate.of(2025, 10, 13),
                        "Заседание клуба",
                        new ProgramId(PROGRAM),
                        new ActivityId(ACTIVITY),
                        7,
                        2,
                        3,
                        10,
                        12)));
        given(attendanceSummary.byMember(any()))
                .willReturn(List.of(new MemberAttendanceView(new MembershipId(IVANOVA), "Иванова Мария", 5, 1, 6)));
        mvc.perform(get("/communities/" + COMMUNITY + "/attendance/events")
                        .param("from", "2025-09-01")
                        .param("to", "не дата")
                        .with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Посещаемость по мероприятиям</h1>"),
                                containsString("<a href=\"/events/" + EVENT + "\">Заседание клуба</a>"),
                                containsString(">7</td>"),
                                containsString(">12</td>"),
                                containsString("value=\"2025-09-01\""),
                                containsString("/attendance/members?from=2025-09-01"))));
        then(attendanceSummary)
                .should()
                .byEvent(new org.stepahead.application.port.in.event.AttendanceSummaryQuery(
                        new CommunityId(COMMUNITY), null, LocalDate.of(2025, 9, 1), null));
        mvc.perform(get("/communities/" + COMMUNITY + "/attendance/members").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Иванова Мария"),
                                containsString(">5</td>"),
                                containsString("aria-current=\"page\">По участникам"))));
    }

    // ------------------------------------------------------------------ minutes and decisions

    @Test
    void theMinutesForm_offersThreeAgendaItems_andOneMoreOnRequest() throws Exception {
        givenTheEvent(List.of(), null);
        mvc.perform(get("/events/" + EVENT + "/minutes/new").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<legend>Вопрос 3</legend>"),
                                not(containsString("Вопрос 4")),
                                containsString("value=\"2025-10-13\""),
                                containsString("<label for=\"agenda[0].decidedText\">Постановили</label>"))));
        mvc.perform(post("/events/" + EVENT + "/minutes")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("more", "1")
                        .param("number", "3")
                        .param("agenda[0].topic", "О конкурсе")
                        .param("agenda[1].topic", "")
                        .param("agenda[2].topic", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<legend>Вопрос 4</legend>"), containsString("value=\"О конкурсе\""))));
        then(recordMinutes).should(never()).recordMinutes(any());
    }

    @Test
    void minutesWithoutNumber_orAnItemWithoutQuestion_showMessagesBesideTheFields() throws Exception {
        givenTheEvent(List.of(), null);
        mvc.perform(post("/events/" + EVENT + "/minutes")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("number", " ")
                        .param("date", "2025-10-13")
                        .param("agenda[0].topic", "О конкурсе")
                        .param("agenda[1].topic", "x".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(besideTheField("number", "поле не должно быть пустым"))
                .andExpect(besideTheField("agenda[1].topic", "размер должен быть от 0 до 2000"));
        then(recordMinutes).should(never()).recordMinutes(any());
    }

    @Test
    void validMinutes_areRecordedWithoutTheEmptyItems_andARuleAboutTheDateIsShownBesideIt() throws Exception {
        givenTheEvent(List.of(), null);
        mvc.perform(post("/events/" + EVENT + "/minutes")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("version", "4")
                        .param("number", "3")
                        .param("date", "2025-10-13")
                        .param("chair", "Иванова М. П.")
                        .param("agenda[0].topic", "")
                        .param("agenda[1].topic", "О конкурсе")
                        .param("agenda[1].heard", "Иванову")
                        .param("agenda[1].spokeText", "Сидоров О. И.")
                        .param("agenda[1].decidedText", "Провести\r\nПодготовить"))
                .andExpect(redirectedUrl("/events/" + EVENT));
        then(recordMinutes)
                .should()
                .recordMinutes(new RecordMinutesCommand(
                        new EventId(EVENT),
                        "3",
                        LocalDate.of(2025, 10, 13),
                        "Иванова М. П.",
                        null,
                        List.of(new AgendaItemInput(
                                "О конкурсе", "Иванову", List.of("Сидоров О. И."), List.of("Провести", "Подготовить"))),
                        4L));

        willThrow(new DomainRuleViolation("minutes.beforeEvent", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 13)))
                .given(recordMinutes)
                .recordMinutes(any());
        mvc.perform(post("/events/" + EVENT + "/minutes")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("number", "3")
                        .param("date", "2025-10-01")
                        .param("agenda[0].topic", "О конкурсе"))
                .andExpect(status().isOk())
                .andExpect(besideTheField("date", "Протокол (01.10.2025) не может быть датирован раньше мероприятия"));
    }

    @Test
    void theDecisionForm_quotesTheDecision_andPlansItAsAnActivityOfTheProgram() throws Exception {
        givenTheEvent(List.of(), minutes());
        mvc.perform(get("/events/" + EVENT + "/minutes/decisions/new")
                        .param("item", "1")
                        .param("decision", "2")
                        .with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<blockquote>Подготовить положение</blockquote>"),
                                containsString(
                                        "<option value=\"" + PROGRAM + "\" selected=\"selected\">Шаг вперёд</option>"),
                                containsString("Шаг вперёд: 1. Организационный"))));

        ActivityId planned = new ActivityId(UUID.randomUUID());
        given(planDecision.plan(any())).willReturn(planned);
        mvc.perform(post("/events/" + EVENT + "/minutes/decisions")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("version", "4")
                        .param("item", "1")
                        .param("decision", "2")
                        .param("programId", PROGRAM.toString())
                        .param("stageId", STAGE.toString())
                        .param("deadline", "2025-12-15")
                        .param("responsibleText", "Иванова М. П."))
                .andExpect(redirectedUrl("/programs/" + PROGRAM + "#activity-" + planned.value()))
                .andExpect(result -> assertThat(result.getFlashMap().get("notice"))
                        .isEqualTo("Решение № 2 по вопросу № 1 внесено в план."));
        then(planDecision)
                .should()
                .plan(new PlanDecisionCommand(
                        new EventId(EVENT),
                        1,
                        2,
                        new ProgramId(PROGRAM),
                        new StageId(STAGE),
                        null,
                        LocalDate.of(2025, 12, 15),
                        null,
                        null,
                        List.of("Иванова М. П."),
                        4L));
    }

    @Test
    void aDecisionWithoutDeadline_isNotPlanned_andOneAlreadyPlannedIsRefusedWithTheReason() throws Exception {
        givenTheEvent(List.of(), minutes());
        mvc.perform(post("/events/" + EVENT + "/minutes/decisions")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("item", "1")
                        .param("decision", "1")
                        .param("programId", PROGRAM.toString()))
                .andExpect(status().isOk())
                .andExpect(besideTheField("deadline", "обязательное поле не заполнено"));
        then(planDecision).should(never()).plan(any());

        willThrow(new DomainRuleViolation("minutes.decisionAlreadyPlanned", 1, 1, "1.5"))
                .given(planDecision)
                .plan(any());
        mvc.perform(post("/events/" + EVENT + "/minutes/decisions")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("item", "1")
                        .param("decision", "1")
                        .param("programId", PROGRAM.toString())
                        .param("deadline", "2025-12-15"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"errors\" role=\"alert\""),
                                containsString("Решение № 1 по вопросу № 1 уже внесено в план (пункт плана 1.5)."))));
    }

    // ------------------------------------------------------------------ measurements and directions

    @Test
    void aMeasurement_isRecorded_aBadValueIsShownBesideIt_andADayOutsideTheProgramBesideTheDay() throws Exception {
        mvc.perform(get("/programs/" + PROGRAM + "/indicators/" + INDICATOR + "/measurements/new")
                        .with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Записать измерение: Доля педагогов</h1>")));
        mvc.perform(post("/programs/" + PROGRAM + "/indicators/" + INDICATOR + "/measurements")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("measuredOn", "2025-10-01")
                        .param("value", "двадцать"))
                .andExpect(status().isOk())
                .andExpect(besideTheField("value", "неверное число: например, 12.5"));
        then(recordMeasurement).should(never()).record(any());

        mvc.perform(post("/programs/" + PROGRAM + "/indicators/" + INDICATOR + "/measurements")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("measuredOn", "2025-10-01")
                        .param("value", "12.5")
                        .param("note", " опрос "))
                .andExpect(redirectedUrl("/programs/" + PROGRAM + "#indicators-heading"));
        then(recordMeasurement)
                .should()
                .record(new RecordMeasurementCommand(
                        new ProgramId(PROGRAM),
                        new IndicatorId(INDICATOR),
                        LocalDate.of(2025, 10, 1),
                        new BigDecimal("12.5"),
                        "опрос",
                        null));

        willThrow(new DomainRuleViolation(
                        "measurement.outsideProgram",
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 5, 31)))
                .given(recordMeasurement)
                .record(any());
        mvc.perform(post("/programs/" + PROGRAM + "/indicators/" + INDICATOR + "/measurements")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("measuredOn", "2027-01-01")
                        .param("value", "1"))
                .andExpect(besideTheField("measuredOn", "Дата измерения 01.01.2027 вне периода программы"));
    }

    @Test
    void aDirection_needsATitle_andIsAddedToTheProgram() throws Exception {
        mvc.perform(post("/programs/" + PROGRAM + "/directions")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("code", "1"))
                .andExpect(status().isOk())
                .andExpect(besideTheField("title", "поле не должно быть пустым"));
        then(addDirection).should(never()).addDirection(any());
        mvc.perform(post("/programs/" + PROGRAM + "/directions")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("code", "1")
                        .param("title", "Работа с молодыми педагогами"))
                .andExpect(redirectedUrl("/programs/" + PROGRAM));
        then(addDirection)
                .should()
                .addDirection(
                        new AddDirectionCommand(new ProgramId(PROGRAM), "1", "Работа с молодыми педагогами", null));
    }

    @Test
    void theNewPages_speakEnglishWhenAsked() throws Exception {
        givenTheEvent(List.of(), minutes());
        mvc.perform(get("/events/" + EVENT).with(COORDINATOR).param("lang", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<h2 id=\"attendance-heading\">Attendance</h2>"),
                                containsString("Minutes No. 3 of 13.10.2025"),
                                containsString("Record attendance"),
                                containsString("meeting"))));
        mvc.perform(get("/communities/" + COMMUNITY + "/events/new")
                        .with(COORDINATOR)
                        .param("lang", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Plan an event</h1>"), containsString("— not in the plan —"))));
    }
}
