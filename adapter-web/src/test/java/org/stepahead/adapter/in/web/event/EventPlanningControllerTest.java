package org.stepahead.adapter.in.web.event;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
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
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.event.ActivityOccurrences;
import org.stepahead.application.port.in.event.AttendanceSummaryQuery;
import org.stepahead.application.port.in.event.EventAttendanceView;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.GenerateEventsUseCase;
import org.stepahead.application.port.in.event.GenerationReport;
import org.stepahead.application.port.in.event.GetAttendanceSummaryUseCase;
import org.stepahead.application.port.in.event.MemberAttendanceView;
import org.stepahead.application.port.in.event.PlanDecisionCommand;
import org.stepahead.application.port.in.event.PlanDecisionUseCase;
import org.stepahead.application.port.in.event.PreviewEventsUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Occurrences;

@WebMvcTest
@ContextConfiguration(
        classes = {
            PreviewEventsController.class,
            GenerateEventsController.class,
            GetAttendanceSummaryController.class,
            PlanDecisionController.class,
            EventPlanningWebMapperImpl.class,
            IdMapperImpl.class,
            ProblemAdvice.class,
            IfMatchResolver.class,
            WebSecurityTestConfiguration.class
        })
@TestPropertySource(properties = {"stepahead.admin.user=admin", "stepahead.admin.password=secret"})
class EventPlanningControllerTest {

    private static final UUID COMMUNITY = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    private static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
    private static final UUID STAGE = UUID.fromString("00000000-0000-0000-0000-0000000000f3");
    private static final UUID ACTIVITY = UUID.fromString("00000000-0000-0000-0000-0000000000f4");
    private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-0000000000f5");
    private static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-0000000000f6");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GenerateEventsUseCase generateEvents;

    @MockitoBean
    PreviewEventsUseCase previewEvents;

    @MockitoBean
    GetAttendanceSummaryUseCase attendanceSummary;

    @MockitoBean
    PlanDecisionUseCase planDecision;

    @Test
    void givenAStageAndDaysOff_generate_passesTheExactCommandAndAnswersTheReport() throws Exception {
        given(generateEvents.generate(any()))
                .willReturn(new GenerationReport(
                        new ProgramId(PROGRAM),
                        List.of(new GenerationReport.GeneratedEvent(
                                new EventId(EVENT),
                                new ActivityId(ACTIVITY),
                                "Заседание клуба",
                                LocalDate.of(2020, 9, 21),
                                LocalDate.of(2020, 9, 21))),
                        List.of(),
                        List.of(new ActivityOccurrences(
                                new ActivityId(ACTIVITY),
                                "1.2",
                                "Заседание клуба",
                                new StageId(STAGE),
                                "каждый 3-тий понедельник месяца",
                                List.of(LocalDate.of(2020, 9, 21)),
                                Occurrences.Status.DATED,
                                "даты рассчитаны"))));

        mvc.perform(post("/api/v1/programs/{id}/events/generation", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"stageId": "%s", "nonWorking": [{"from": "2020-09-14", "to": "2020-09-18"}]}""".formatted(STAGE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created[0].eventId").value(EVENT.toString()))
                .andExpect(jsonPath("$.created[0].occurrence").value("2020-09-21"))
                .andExpect(jsonPath("$.existing").isEmpty())
                .andExpect(jsonPath("$.activities[0].status").value("DATED"))
                .andExpect(jsonPath("$.activities[0].dates[0]").value("2020-09-21"));

        then(generateEvents)
                .should()
                .generate(new GenerateEventsCommand(
                        new ProgramId(PROGRAM),
                        new StageId(STAGE),
                        null,
                        List.of(new GenerateEventsCommand.NonWorkingDays(
                                LocalDate.of(2020, 9, 14), LocalDate.of(2020, 9, 18)))));
    }

    @Test
    void givenNoBody_generate_generatesTheWholeProgram() throws Exception {
        given(generateEvents.generate(any()))
                .willReturn(new GenerationReport(new ProgramId(PROGRAM), List.of(), List.of(), List.of()));

        mvc.perform(post("/api/v1/programs/{id}/events/generation", PROGRAM).with(httpBasic("admin", "secret")))
                .andExpect(status().isOk());

        then(generateEvents).should().generate(new GenerateEventsCommand(new ProgramId(PROGRAM), null, null, null));
    }

    @Test
    void givenDaysOffWithoutEnd_generate_answersBadRequestNamingTheFieldAndCallsNothing() throws Exception {
        mvc.perform(post("/api/v1/programs/{id}/events/generation", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"nonWorking": [{"from": "2020-09-14"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("nonWorking[0].to"));

        Mockito.verifyNoInteractions(generateEvents);
    }

    @Test
    void givenAnActivity_occurrences_passesTheExactPreviewCommand() throws Exception {
        given(previewEvents.preview(any())).willReturn(List.of());

        mvc.perform(get("/api/v1/programs/{id}/occurrences", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .param("activityId", ACTIVITY.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray());

        then(previewEvents)
                .should()
                .preview(new GenerateEventsCommand(new ProgramId(PROGRAM), null, new ActivityId(ACTIVITY), null));
    }

    @Test
    void givenACommunityAndARange_attendanceByEvent_passesTheQueryAndAnswersTheCounts() throws Exception {
        given(attendanceSummary.byEvent(any()))
                .willReturn(List.of(new EventAttendanceView(
                        new EventId(EVENT), LocalDate.of(2020, 9, 21), "Заседание", null, null, 12, 3, 2, 14, 17)));

        mvc.perform(get("/api/v1/communities/{id}/attendance/events", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .param("from", "2020-09-01")
                        .param("to", "2021-05-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].present").value(12))
                .andExpect(jsonPath("$[0].absent").value(3))
                .andExpect(jsonPath("$[0].guests").value(2))
                .andExpect(jsonPath("$[0].attended").value(14))
                .andExpect(jsonPath("$[0].total").value(17));

        then(attendanceSummary)
                .should()
                .byEvent(new AttendanceSummaryQuery(
                        new CommunityId(COMMUNITY), null, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 5, 31)));
    }

    @Test
    void givenAProgram_attendanceByMember_passesTheProgramQuery() throws Exception {
        given(attendanceSummary.byMember(any()))
                .willReturn(List.of(
                        new MemberAttendanceView(new MembershipId(MEMBER), "Филатова Елена Николаевна", 7, 2, 9)));

        mvc.perform(get("/api/v1/programs/{id}/attendance/members", PROGRAM).with(httpBasic("admin", "secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].membershipId").value(MEMBER.toString()))
                .andExpect(jsonPath("$[0].name").value("Филатова Елена Николаевна"))
                .andExpect(jsonPath("$[0].attended").value(7))
                .andExpect(jsonPath("$[0].missed").value(2));

        then(attendanceSummary).should().byMember(new AttendanceSummaryQuery(null, new ProgramId(PROGRAM), null, null));
    }

    @Test
    void givenACommunityAndAProgram_attendanceByMember_passesBoth() throws Exception {
        given(attendanceSummary.byMember(any())).willReturn(List.of());

        mvc.perform(get("/api/v1/communities/{id}/attendance/members", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .param("programId", PROGRAM.toString())
                        .param("to", "2021-05-31"))
                .andExpect(status().isOk());

        then(attendanceSummary)
                .should()
                .byMember(new AttendanceSummaryQuery(
                        new CommunityId(COMMUNITY), new ProgramId(PROGRAM), null, LocalDate.of(2021, 5, 31)));
    }

    @Test
    void givenAnIfMatch_planDecision_passesTheExactCommandAndAnswersCreated() throws Exception {
        given(planDecision.plan(any())).willReturn(new ActivityId(ACTIVITY));

        mvc.perform(post("/api/v1/events/{id}/minutes/decisions", EVENT)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"item": 2, "decision": 1, "programId": "%s", "stageId": "%s", "deadline": "2021-03-15",
                 "responsible": ["Филатова Е.Н."]}""".formatted(PROGRAM, STAGE)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/programs/" + PROGRAM + "/activities/" + ACTIVITY))
                .andExpect(jsonPath("$.id").value(ACTIVITY.toString()));

        then(planDecision)
                .should()
                .plan(new PlanDecisionCommand(
                        new EventId(EVENT),
                        2,
                        1,
                        new ProgramId(PROGRAM),
                        new StageId(STAGE),
                        null,
                        LocalDate.of(2021, 3, 15),
                        null,
                        null,
                        List.of("Филатова Е.Н."),
                        3L));
    }

    @Test
    void givenAMissingDeadline_planDecision_answersBadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/events/{id}/minutes/decisions", EVENT)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"item": 1, "decision": 1, "programId": "%s"}""".formatted(PROGRAM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deadline"));

        Mockito.verifyNoInteractions(planDecision);
    }

    @Test
    void givenAnAlreadyPlannedDecision_planDecision_answersUnprocessableWithTheRuleCode() throws Exception {
        given(planDecision.plan(any()))
                .willThrow(new DomainRuleViolation("minutes.decisionAlreadyPlanned", 1, 1, ACTIVITY));

        mvc.perform(post("/api/v1/events/{id}/minutes/decisions", EVENT)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"item": 1, "decision": 1, "programId": "%s", "deadline": "2021-03-15"}""".formatted(PROGRAM)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("minutes.decisionAlreadyPlanned"));
    }

    @Test
    void givenAStaleIfMatch_planDecision_answersPreconditionFailed() throws Exception {
        given(planDecision.plan(any())).willThrow(new ConflictException("event", EVENT, 1));

        mvc.perform(post("/api/v1/events/{id}/minutes/decisions", EVENT)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"item": 1, "decision": 1, "programId": "%s", "deadline": "2021-03-15"}""".formatted(PROGRAM)))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void givenNoCredentials_generate_isUnauthorized() throws Exception {
        mvc.perform(post("/api/v1/programs/{id}/events/generation", PROGRAM)).andExpect(status().isUnauthorized());

        Mockito.verifyNoInteractions(generateEvents);
    }
}
