package org.stepahead.adapter.in.web.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.application.port.in.program.AddDirectionUseCase;
import org.stepahead.application.port.in.program.AddExpectedResultUseCase;
import org.stepahead.application.port.in.program.AddIndicatorUseCase;
import org.stepahead.application.port.in.program.ApproveProgramUseCase;
import org.stepahead.application.port.in.program.AssessResultUseCase;
import org.stepahead.application.port.in.program.CloseStageCommand;
import org.stepahead.application.port.in.program.CloseStageUseCase;
import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.DraftProgramUseCase;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.application.port.in.program.PlanActivityCommand;
import org.stepahead.application.port.in.program.PlanActivityUseCase;
import org.stepahead.application.port.in.program.PlanStageUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.RecordMeasurementUseCase;
import org.stepahead.application.port.in.program.ReviseActivityUseCase;
import org.stepahead.application.port.in.program.ReviseDirectionUseCase;
import org.stepahead.application.port.in.program.ReviseExpectedResultUseCase;
import org.stepahead.application.port.in.program.ReviseIndicatorUseCase;
import org.stepahead.application.port.in.program.ReviseProgramCommand;
import org.stepahead.application.port.in.program.ReviseProgramUseCase;
import org.stepahead.application.port.in.program.ReviseStageUseCase;
import org.stepahead.application.port.in.program.StartStageUseCase;
import org.stepahead.application.port.in.program.VersionStamp;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Schedule;

@WebMvcTest
@ContextConfiguration(
        classes = {
            DraftProgramController.class,
            ListProgramsController.class,
            GetProgramOverviewController.class,
            ReviseProgramController.class,
            ApproveProgramController.class,
            PlanStageController.class,
            ReviseStageController.class,
            StartStageController.class,
            CloseStageController.class,
            AddDirectionController.class,
            ReviseDirectionController.class,
            PlanActivityController.class,
            ReviseActivityController.class,
            AddExpectedResultController.class,
            ReviseExpectedResultController.class,
            AssessResultController.class,
            AddIndicatorController.class,
            ReviseIndicatorController.class,
            RecordMeasurementController.class,
            OverviewResponses.class,
            ProgramWebMapperImpl.class,
            ScheduleWebMapperImpl.class,
            IdMapperImpl.class,
            ProblemAdvice.class,
            IfMatchResolver.class,
            WebSecurityTestConfiguration.class
        })
@TestPropertySource(properties = {"stepahead.admin.user=admin", "stepahead.admin.password=secret"})
class ProgramControllerTest {

    private static final UUID COMMUNITY = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID ACTIVITY = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DraftProgramUseCase draftProgram;

    @MockitoBean
    ReviseProgramUseCase reviseProgram;

    @MockitoBean
    ApproveProgramUseCase approveProgram;

    @MockitoBean
    GetProgramOverviewUseCase programOverview;

    @MockitoBean
    ListProgramsUseCase listPrograms;

    @MockitoBean
    PlanStageUseCase planStage;

    @MockitoBean
    ReviseStageUseCase reviseStage;

    @MockitoBean
    StartStageUseCase startStage;

    @MockitoBean
    CloseStageUseCase closeStage;

    @MockitoBean
    AddDirectionUseCase addDirection;

    @MockitoBean
    ReviseDirectionUseCase reviseDirection;

    @MockitoBean
    PlanActivityUseCase planActivity;

    @MockitoBean
    ReviseActivityUseCase reviseActivity;

    @MockitoBean
    AddExpectedResultUseCase addExpectedResult;

    @MockitoBean
    ReviseExpectedResultUseCase reviseExpectedResult;

    @MockitoBean
    AssessResultUseCase assessResult;

    @MockitoBean
    AddIndicatorUseCase addIndicator;

    @MockitoBean
    ReviseIndicatorUseCase reviseIndicator;

    @MockitoBean
    RecordMeasurementUseCase recordMeasurement;

    @Test
    void givenADraft_post_passesTheExactCommandAndAnswersCreatedWithLocation() throws Exception {
        given(draftProgram.draft(any())).willReturn(new ProgramId(PROGRAM));

        mvc.perform(post("/api/v1/communities/{id}/programs", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"kind": "PROGRAM", "title": "Шаг вперёд", "goal": "Цель", "tasks": ["Первая", "Вторая"],
                 "periodStart": "2020-09-01", "periodEnd": "2021-05-31"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/programs/" + PROGRAM))
                .andExpect(jsonPath("$.id").value(PROGRAM.toString()));

        then(draftProgram)
                .should()
                .draft(new DraftProgramCommand(
                        new CommunityId(COMMUNITY),
                        ProgramKind.PROGRAM,
                        "Шаг вперёд",
                        null,
                        "Цель",
                        List.of("Первая", "Вторая"),
                        LocalDate.of(2020, 9, 1),
                        LocalDate.of(2021, 5, 31)));
    }

    @Test
    void givenAnIfMatch_put_passesItsVersionAsExpectedVersion() throws Exception {
        mvc.perform(put("/api/v1/programs/{id}", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"kind": "PROJECT", "title": "Проект", "periodStart": "2020-09-01", "periodEnd": "2021-05-31"}"""))
                .andExpect(status().isNoContent());

        then(reviseProgram)
                .should()
                .revise(new ReviseProgramCommand(
                        new ProgramId(PROGRAM),
                        ProgramKind.PROJECT,
                        "Проект",
                        null,
                        null,
                        null,
                        LocalDate.of(2020, 9, 1),
                        LocalDate.of(2021, 5, 31),
                        7L));
    }

    @Test
    void givenAStaleIfMatch_put_answersPreconditionFailed() throws Exception {
        willThrow(new ConflictException("Program", PROGRAM, 3))
                .given(reviseProgram)
                .revise(any());

        mvc.perform(put("/api/v1/programs/{id}", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"kind": "PROJECT", "title": "Проект", "periodStart": "2020-09-01", "periodEnd": "2021-05-31"}"""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void givenARecurringSchedule_postActivity_passesTheDomainSchedule() throws Exception {
        given(planActivity.planActivity(any())).willReturn(new ActivityId(ACTIVITY));

        mvc.perform(post("/api/v1/programs/{id}/activities", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"title": "Заседание клуба", "forms": ["MEETING"],
                 "schedule": {"kind": "RECURRING", "times": 2, "per": "MONTH", "text": "2 раза в месяц"}}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/programs/" + PROGRAM + "/activities/" + ACTIVITY));

        then(planActivity)
                .should()
                .planActivity(new PlanActivityCommand(
                        new ProgramId(PROGRAM),
                        null,
                        "Заседание клуба",
                        null,
                        null,
                        null,
                        List.of(Form.MEETING),
                        new Schedule.Recurring(2, Schedule.Frequency.MONTH, "2 раза в месяц"),
                        null,
                        null,
                        null));
    }

    @Test
    void givenARecurringScheduleWithoutItsUnit_postActivity_answersBadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/programs/{id}/activities", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"title": "Заседание клуба", "schedule": {"kind": "RECURRING", "times": 2}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("schedule.per"))
                .andExpect(jsonPath("$.errors[0].message").value("a value is required"));

        then(planActivity).should(never()).planActivity(any());
    }

    @Test
    void givenAMonthThatDoesNotExist_postActivity_answersBadRequest() throws Exception {
        mvc.perform(post("/api/v1/programs/{id}/activities", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"title": "Конкурс", "schedule": {"kind": "MONTH", "month": "2021-13"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("schedule.month"));
    }

    @Test
    void givenAnUnknownEnumName_post_answersBadRequestNamingTheFieldInRussian() throws Exception {
        mvc.perform(post("/api/v1/communities/{id}/programs", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"kind": "SPACESHIP", "title": "", "periodStart": "2020-09-01", "periodEnd": "2021-05-31"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message", containsString("допустимые значения")))
                .andExpect(jsonPath("$.errors[1].field").value("title"))
                .andExpect(jsonPath("$.errors[1].message").value("поле не должно быть пустым"));

        then(draftProgram).should(never()).draft(any());
    }

    @Test
    void givenAConcurrentChangeWithoutIfMatch_put_answersConflict() throws Exception {
        willThrow(new ConflictException("Program", PROGRAM, 3))
                .given(reviseProgram)
                .revise(any());

        mvc.perform(put("/api/v1/programs/{id}", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"kind": "PROJECT", "title": "Проект", "periodStart": "2020-09-01", "periodEnd": "2021-05-31"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("conflict.concurrentChange"));
    }

    private static ProgramOverview overviewAtVersion(long version, String title) {
        return new ProgramOverview(
                new ProgramId(PROGRAM),
                version,
                new CommunityId(COMMUNITY),
                "Клуб",
                ProgramKind.PROGRAM,
                title,
                null,
                null,
                List.of(),
                LocalDate.of(2020, 9, 1),
                LocalDate.of(2021, 5, 31),
                ProgramStatus.DRAFT,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    // The kept JSON lives as long as the test context: each test uses stamps no other test uses.

    @Test
    void givenAnUnchangedStamp_getTwice_buildsTheOverviewOnce_andAnswersTheSameJson() throws Exception {
        given(programOverview.stamp(new ProgramId(PROGRAM))).willReturn(Optional.of(new VersionStamp(4, 2)));
        given(programOverview.overview(new ProgramId(PROGRAM))).willReturn(overviewAtVersion(4, "Шаг вперёд"));

        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/programs/{id}", PROGRAM).with(httpBasic("admin", "secret")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"4\""))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.title").value("Шаг вперёд"))
                    .andExpect(jsonPath("$.summary").doesNotExist());
        }

        then(programOverview).should(times(1)).overview(new ProgramId(PROGRAM));
        then(programOverview).should(times(2)).stamp(new ProgramId(PROGRAM));
    }

    @Test
    void givenAChangedStamp_get_buildsTheOverviewAfresh() throws Exception {
        given(programOverview.stamp(new ProgramId(PROGRAM)))
                .willReturn(Optional.of(new VersionStamp(7, 2)), Optional.of(new VersionStamp(7, 3)));
        given(programOverview.overview(new ProgramId(PROGRAM)))
                .willReturn(overviewAtVersion(7, "Шаг вперёд"), overviewAtVersion(7, "Шаг вперёд, клуб переименован"));

        mvc.perform(get("/api/v1/programs/{id}", PROGRAM).with(httpBasic("admin", "secret")))
                .andExpect(jsonPath("$.title").value("Шаг вперёд"));
        mvc.perform(get("/api/v1/programs/{id}", PROGRAM).with(httpBasic("admin", "secret")))
                .andExpect(jsonPath("$.title").value("Шаг вперёд, клуб переименован"));

        then(programOverview).should(times(2)).overview(new ProgramId(PROGRAM));
    }

    @Test
    void givenTheCurrentETagAsIfNoneMatch_get_answersNotModifiedWithoutABody() throws Exception {
        given(programOverview.stamp(new ProgramId(PROGRAM))).willReturn(Optional.of(new VersionStamp(4, 9)));
        given(programOverview.overview(new ProgramId(PROGRAM))).willReturn(overviewAtVersion(4, "Шаг вперёд"));

        mvc.perform(get("/api/v1/programs/{id}", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .header("If-None-Match", "W/\"3\", \"4\""))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(content().string(""));
        mvc.perform(get("/api/v1/programs/{id}", PROGRAM)
                        .with(httpBasic("admin", "secret"))
                        .header("If-None-Match", "\"3\""))
                .andExpect(status().isOk());
    }

    @Test
    void givenAnUnknownProgram_get_answersNotFound_andKeepsNothing() throws Exception {
        given(programOverview.overview(new ProgramId(PROGRAM))).willThrow(new NotFound("program", PROGRAM));

        mvc.perform(get("/api/v1/programs/{id}", PROGRAM).with(httpBasic("admin", "secret")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void givenTheStorageIsDown_get_answersServiceUnavailableWithoutDetails() throws Exception {
        given(programOverview.overview(any()))
                .willThrow(
                        new StorageUnavailableException("jdbc:postgresql://db/secret refused", new RuntimeException()));

        mvc.perform(get("/api/v1/programs/{id}", PROGRAM).with(httpBasic("admin", "secret")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("secret"))));
    }

    @Test
    void givenADay_closeStage_passesTheLifecycleCommand() throws Exception {
        UUID stage = UUID.fromString("00000000-0000-0000-0000-000000000051");

        mvc.perform(post("/api/v1/programs/{id}/stages/{stage}/close", PROGRAM, stage)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "5")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\": \"2020-12-31\"}"))
                .andExpect(status().isNoContent());

        then(closeStage)
                .should()
                .closeStage(new CloseStageCommand(
                        new ProgramId(PROGRAM), new StageId(stage), LocalDate.of(2020, 12, 31), 5L));
    }

    @Test
    void givenAnUnexpectedFailure_get_answersInternalErrorWithoutAStackTrace() throws Exception {
        given(programOverview.overview(any())).willThrow(new IllegalStateException("boom at org.example.Secret"));

        mvc.perform(get("/api/v1/programs/{id}", PROGRAM).with(httpBasic("admin", "secret")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(not(containsString("org.example"))));
    }

    @Test
    void givenNoCredentials_post_answersUnauthorized() throws Exception {
        mvc.perform(post("/api/v1/communities/{id}/programs", COMMUNITY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
