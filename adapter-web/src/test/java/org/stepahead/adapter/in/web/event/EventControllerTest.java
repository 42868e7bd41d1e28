package org.stepahead.adapter.in.web.event;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.stepahead.adapter.in.web.WebSecurityTestConfiguration;
import org.stepahead.adapter.in.web.common.IdMapperImpl;
import org.stepahead.adapter.in.web.common.IfMatchResolver;
import org.stepahead.adapter.in.web.common.ProblemAdvice;
import org.stepahead.application.port.in.event.CommunityEventsQuery;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.EventView.AgendaView;
import org.stepahead.application.port.in.event.EventView.DecisionView;
import org.stepahead.application.port.in.event.EventView.MinutesView;
import org.stepahead.application.port.in.event.GetCommunityEventsUseCase;
import org.stepahead.application.port.in.event.GetEventUseCase;
import org.stepahead.application.port.in.event.RecordAttendanceCommand;
import org.stepahead.application.port.in.event.RecordAttendanceUseCase;
import org.stepahead.application.port.in.event.RecordMinutesUseCase;
import org.stepahead.application.port.in.event.ScheduleEventCommand;
import org.stepahead.application.port.in.event.ScheduleEventUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.EventStatus;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.Form;

@WebMvcTest
@ContextConfiguration(
        classes = {
            ScheduleEventController.class,
            GetCommunityEventsController.class,
            GetEventController.class,
            RecordAttendanceController.class,
            RecordMinutesController.class,
            EventWebMapperImpl.class,
            IdMapperImpl.class,
            ProblemAdvice.class,
            IfMatchResolver.class,
            WebSecurityTestConfiguration.class
        })
@TestPropertySource(properties = {"stepahead.admin.user=admin", "stepahead.admin.password=secret"})
class EventControllerTest {

    private static final UUID COMMUNITY = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    private static final UUID ACTIVITY = UUID.fromString("00000000-0000-0000-0000-0000000000e3");
    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-0000000000e4");
    private static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-0000000000e5");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ScheduleEventUseCase scheduleEvent;

    @MockitoBean
    GetCommunityEventsUseCase communityEvents;

    @MockitoBean
    GetEventUseCase getEvent;

    @MockitoBean
    RecordAttendanceUseCase recordAttendance;

    @MockitoBean
    RecordMinutesUseCase recordMinutes;

    @Test
    void givenAnActivity_schedule_passesTheExactCommand() throws Exception {
        given(scheduleEvent.schedule(any())).willReturn(new EventId(EVENT));

        mvc.perform(post("/api/v1/communities/{id}/events", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"programId": "%s", "activityId": "%s", "form": "SEMINAR", "date": "2020-10-19",
                 "startsAt": "15:00", "endsAt": "16:30", "place": "Лицей №21"}""".formatted(PROGRAM, ACTIVITY)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/events/" + EVENT));

        then(scheduleEvent)
                .should()
                .schedule(new ScheduleEventCommand(
                        new CommunityId(COMMUNITY),
                        new ProgramId(PROGRAM),
                        new ActivityId(ACTIVITY),
                        null,
                        Form.SEMINAR,
                        LocalDate.of(2020, 10, 19),
                        LocalTime.of(15, 0),
                        LocalTime.of(16, 30),
                        "Лицей №21",
                        null));
    }

    @Test
    void givenADateRange_list_passesTheQuery() throws Exception {
        given(communityEvents.events(any())).willReturn(List.of());

        mvc.perform(get("/api/v1/communities/{id}/events", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .param("from", "2020-10-01")
                        .param("to", "2020-10-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray());

        then(communityEvents)
                .should()
                .events(new CommunityEventsQuery(
                        new CommunityId(COMMUNITY), LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 31)));
    }

    @Test
    void givenAnIfMatch_attendance_passesMembersGuestsAndVersion() throws Exception {
        mvc.perform(post("/api/v1/events/{id}/attendance", EVENT)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"members": [{"membershipId": "%s", "present": false}],
                 "guests": [{"name": "Гость", "organization": "ИРО"}]}""".formatted(MEMBER)))
                .andExpect(status().isNoContent());

        then(recordAttendance)
                .should()
                .recordAttendance(new RecordAttendanceCommand(
                        new EventId(EVENT),
                        List.of(new RecordAttendanceCommand.MemberPresence(new MembershipId(MEMBER), false)),
                        List.of(new RecordAttendanceCommand.GuestInput("Гость", "ИРО")),
                        2L));
    }

    @Test
    void givenAMissingDateRange_list_answersBadRequest() throws Exception {
        mvc.perform(get("/api/v1/communities/{id}/events", COMMUNITY).with(httpBasic("admin", "secret")))
                .andExpect(status().isBadRequest());
    }

    private static final UUID PLAN = UUID.fromString("00000000-0000-0000-0000-0000000000e6");
    private static final UUID PLANNED_ACTIVITY = UUID.fromString("00000000-0000-0000-0000-0000000000e7");

    private static EventView generatedEventWithAPlannedDecision() {
        return new EventView(
                new EventId(EVENT),
                3,
                new CommunityId(COMMUNITY),
                new ProgramId(PROGRAM),
                new ActivityId(ACTIVITY),
                LocalDate.of(2025, 9, 15),
                "Заседание клуба",
                Form.MEETING,
                LocalDate.of(2025, 9, 16),
                null,
                null,
                "Asia/Krasnoyarsk",
                null,
                List.of(),
                EventStatus.SCHEDULED,
                null,
                0,
                0,
                0,
                List.of(),
                new MinutesView(
                        "1",
                        LocalDate.of(2025, 9, 16),
                        null,
                        null,
                        0,
                        0,
                        List.of(new AgendaView(
                                "О конкурсе",
                                null,
                                List.of(),
                                List.of("Провести конкурс", "Подвести итоги"),
                                List.of(
                                        new DecisionView(
                                                1,
                                                "Провести конкурс",
                                                true,
                                                new ProgramId(PLAN),
                                                new ActivityId(PLANNED_ACTIVITY),
                                                "Провести конкурс"),
                                        new DecisionView(2, "Подвести итоги", false, null, null, null)))),
                        false));
    }

    @Test
    void givenAGeneratedEventWithAPlannedDecision_get_showsTheOccurrenceAndThePlanItemOfEachDecision()
            throws Exception {
        given(getEvent.event(new EventId(EVENT))).willReturn(generatedEventWithAPlannedDecision());

        mvc.perform(get("/api/v1/events/{id}", EVENT).with(httpBasic("admin", "secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.occurrence").value("2025-09-15"))
                .andExpect(jsonPath("$.date").value("2025-09-16"))
                .andExpect(jsonPath("$.minutes.rewritable").value(false))
                .andExpect(jsonPath("$.minutes.agenda[0].decided[1]").value("Подвести итоги"))
                .andExpect(jsonPath("$.minutes.agenda[0].decisions[0].number").value(1))
                .andExpect(jsonPath("$.minutes.agenda[0].decisions[0].planned").value(true))
                .andExpect(
                        jsonPath("$.minutes.agenda[0].decisions[0].programId").value(PLAN.toString()))
                .andExpect(
                        jsonPath("$.minutes.agenda[0].decisions[0].activityId").value(PLANNED_ACTIVITY.toString()))
                .andExpect(jsonPath("$.minutes.agenda[0].decisions[0].activityTitle")
                        .value("Провести конкурс"))
                .andExpect(jsonPath("$.minutes.agenda[0].decisions[1].planned").value(false))
                .andExpect(jsonPath("$.minutes.agenda[0].decisions[1].text").value("Подвести итоги"));
    }

    @Test
    void givenAGeneratedEventWithAPlannedDecision_list_carriesTheSameFields() throws Exception {
        given(communityEvents.events(any())).willReturn(List.of(generatedEventWithAPlannedDecision()));

        mvc.perform(get("/api/v1/communities/{id}/events", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .param("from", "2025-09-01")
                        .param("to", "2025-09-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].occurrence").value("2025-09-15"))
                .andExpect(jsonPath("$[0].minutes.agenda[0].decisions[0].programId")
                        .value(PLAN.toString()))
                .andExpect(
                        jsonPath("$[0].minutes.agenda[0].decisions[0].planned").value(true));
    }
}
