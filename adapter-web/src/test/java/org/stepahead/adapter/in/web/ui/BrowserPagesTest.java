package org.stepahead.adapter.in.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepahead.adapter.in.web.WebSecurityTestConfiguration;
import org.stepahead.adapter.in.web.common.ProblemAdvice;
import org.stepahead.adapter.in.web.security.BrowserSecurityConfiguration;
import org.stepahead.adapter.in.web.ui.community.CommunityPages;
import org.stepahead.adapter.in.web.ui.community.MemberPages;
import org.stepahead.adapter.in.web.ui.community.MemberRegisterPart;
import org.stepahead.adapter.in.web.ui.community.MonthPages;
import org.stepahead.adapter.in.web.ui.program.PlanPages;
import org.stepahead.adapter.in.web.ui.program.ProgramPageMapper;
import org.stepahead.adapter.in.web.ui.program.ProgramPages;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.FoundCommunityUseCase;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.community.ListCommunitiesUseCase;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.GetCommunityEventsUseCase;
import org.stepahead.application.port.in.event.GetEventUseCase;
import org.stepahead.application.port.in.membership.AdmitNewMemberUseCase;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.GetMembershipUseCase;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.in.organization.GetOrganizationUseCase;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;
import org.stepahead.application.port.in.organization.RegisterOrganizationUseCase;
import org.stepahead.application.port.in.program.AddExpectedResultUseCase;
import org.stepahead.application.port.in.program.ApproveProgramUseCase;
import org.stepahead.application.port.in.program.AssessResultUseCase;
import org.stepahead.application.port.in.program.CloseStageUseCase;
import org.stepahead.application.port.in.program.DraftProgramCommand;
import org.stepahead.application.port.in.program.DraftProgramUseCase;
import org.stepahead.application.port.in.program.GetProgramOverviewUseCase;
import org.stepahead.application.port.in.program.ListProgramsUseCase;
import org.stepahead.application.port.in.program.PlanActivityUseCase;
import org.stepahead.application.port.in.program.PlanStageUseCase;
import org.stepahead.application.port.in.program.ProgramOverview;
import org.stepahead.application.port.in.program.ProgramOverview.ActivityView;
import org.stepahead.application.port.in.program.ProgramOverview.IndicatorView;
import org.stepahead.application.port.in.program.ProgramOverview.ResponsibleView;
import org.stepahead.application.port.in.program.ProgramOverview.ResultView;
import org.stepahead.application.port.in.program.ProgramOverview.StageView;
import org.stepahead.application.port.in.program.ProgramOverview.TaskView;
import org.stepahead.application.port.in.program.ReviseActivityUseCase;
import org.stepahead.application.port.in.program.ReviseExpectedResultUseCase;
import org.stepahead.application.port.in.program.ReviseStageUseCase;
import org.stepahead.application.port.in.program.StartStageCommand;
import org.stepahead.application.port.in.program.StartStageUseCase;
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
import org.stepahead.domain.program.ExpectedResultId;
import org.stepahead.domain.program.IndicatorDirection;
import org.stepahead.domain.program.IndicatorId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.ProgramKind;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.program.ResultKind;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.program.StageStatus;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Schedule;

@WebMvcTest
@ContextConfiguration(
        classes = {
            CommunityPages.class,
            MemberPages.class,
            MonthPages.class,
            MemberRegisterPart.class,
            ProgramPages.class,
            PlanPages.class,
            ProgramPageMapper.class,
            LoginController.class,
            Labels.class,
            UiAdvice.class,
            UiConfiguration.class,
            ProblemAdvice.class,
            WebSecurityTestConfiguration.class,
            BrowserSecurityConfiguration.class,
            BrowserPagesTest.FixedClock.class
        })
@TestPropertySource(properties = {"stepahead.admin.user=admin", "stepahead.admin.password=secret"})
class BrowserPagesTest {

    private static final UUID COMMUNITY = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID STAGE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID ORGANIZATION = UUID.fromString("00000000-0000-0000-0000-00000000000f");
    private static final RequestPostProcessor COORDINATOR = user("admin").roles("ADMIN");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2025-10-15T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    GetCommunityUseCase getCommunity;

    @MockitoBean
    ListCommunitiesUseCase listCommunities;

    @MockitoBean
    FoundCommunityUseCase foundCommunity;

    @MockitoBean
    ListOrganizationsUseCase listOrganizations;

    @MockitoBean
    GetOrganizationUseCase getOrganization;

    @MockitoBean
    RegisterOrganizationUseCase registerOrganization;

    @MockitoBean
    GetMemberRegisterUseCase memberRegister;

    @MockitoBean
    GetMembershipUseCase getMembership;

    @MockitoBean
    AdmitNewMemberUseCase admitNewMember;

    @MockitoBean
    GetCommunityEventsUseCase communityEvents;

    @MockitoBean
    GetEventUseCase getEvent;

    @MockitoBean
    GetProgramOverviewUseCase programOverview;

    @MockitoBean
    ListProgramsUseCase listPrograms;

    @MockitoBean
    DraftProgramUseCase draftProgram;

    @MockitoBean
    PlanStageUseCase planStage;

    @MockitoBean
    ReviseStageUseCase reviseStage;

    @MockitoBean
    PlanActivityUseCase planActivity;

    @MockitoBean
    ReviseActivityUseCase reviseActivity;

    @MockitoBean
    AddExpectedResultUseCase addExpectedResult;

    @MockitoBean
    ReviseExpectedResultUseCase reviseExpectedResult;

    @MockitoBean
    StartStageUseCase startStage;

    @MockitoBean
    CloseStageUseCase closeStage;

    @MockitoBean
    ApproveProgramUseCase approveProgram;

    @MockitoBean
    AssessResultUseCase assessResult;

    @Test
    void anUnauthenticatedVisitor_isSentToTheRussianLoginPage() throws Exception {
        mvc.perform(get("/programs/" + PROGRAM)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Вход</h1>"),
                                containsString("name=\"_csrf\""),
                                containsString("<label for=\"password\">Пароль</label>"))));
    }

    @Test
    void theApiKeepsItsOwnChain_aProblemRatherThanARedirectToTheLoginPage() throws Exception {
        mvc.perform(get("/api/v1/communities"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void signingInWithTheAdministrator_leadsToTheCommunities() throws Exception {
        mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "secret")
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login")
                        .param("username", "admin")
                        .param("password", "wrong")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signingOut_needsTheCsrfToken_andLeadsBackToTheLoginPage() throws Exception {
        mvc.perform(post("/logout").with(COORDINATOR)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(COORDINATOR).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void bothBundles_nameTheSameBrowserTexts() throws Exception {
        Properties russian = bundle("/messages.properties");
        Properties english = bundle("/messages_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(russian.stringPropertyNames());
        assertThat(russian.stringPropertyNames())
                .contains("ui.login.title")
                .as("names of values come from the application's Messages, not a second copy here")
                .noneMatch(key -> key.startsWith("enum."));
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = BrowserPagesTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void aPostWithoutTheCsrfToken_isRefusedAndChangesNothing() throws Exception {
        mvc.perform(post("/communities/" + COMMUNITY + "/programs")
                        .with(COORDINATOR)
                        .param("kind", "PROGRAM")
                        .param("title", "Шаг вперёд")
                        .param("periodStart", "2025-09-01")
                        .param("periodEnd", "2026-05-31"))
                .andExpect(status().isForbidden());
        then(draftProgram).should(never()).draft(any());
    }

    @Test
    void aProgramWithoutTitleAndWithAnUnreadableDate_showsRussianMessagesBesideTheFields() throws Exception {
        givenACommunity();
        mvc.perform(post("/communities/" + COMMUNITY + "/programs")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("kind", "PROGRAM")
                        .param("title", " ")
                        .param("periodStart", "2025-13-45")
                        .param("periodEnd", "2026-05-31"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "<p class=\"field-error\" id=\"title-error\">поле не должно быть пустым</p>"),
                                containsString(
                                        "id=\"periodStart-error\">неверная дата: нужна дата вида ГГГГ-ММ-ДД</p>"),
                                containsString("aria-describedby=\"title-error\""),
                                containsString("value=\"2026-05-31\""))));
        then(draftProgram).should(never()).draft(any());
    }

    @Test
    void aStageThatEndsBeforeItStarts_showsTheDomainRuleBesideTheEndDate() throws Exception {
        givenAProgram(StageStatus.PLANNED);
        willThrow(new DomainRuleViolation(
                        "period.endBeforeStart", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 10, 1)))
                .given(planStage)
                .addStage(any());
        mvc.perform(post("/programs/" + PROGRAM + "/stages")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("name", "Организационный")
                        .param("kind", "ORGANIZATIONAL")
                        .param("periodStart", "2025-12-01")
                        .param("periodEnd", "2025-10-01"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "id=\"periodEnd-error\">Период заканчивается (01.10.2025) раньше, чем начинается (01.12.2025).</p>")));
    }

    @Test
    void aRuleWithoutAField_isShownAtTheTopOfTheForm() throws Exception {
        givenAProgram(StageStatus.PLANNED);
        willThrow(new DomainRuleViolation("stage.overlaps", "Организационный", "01.09.2025", "31.12.2025"))
                .given(addExpectedResult)
                .addExpectedResult(any());
        mvc.perform(post("/programs/" + PROGRAM + "/results")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("text", "Сборник")
                        .param("kind", "PRODUCT"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"errors\" role=\"alert\""),
                                containsString("Этап пересекается с этапом «Организационный»"))));
    }

    @Test
    void aValidProgram_isDraftedAndTheBrowserGoesToItsPage() throws Exception {
        ProgramId id = new ProgramId(PROGRAM);
        given(draftProgram.draft(any())).willReturn(id);
        mvc.perform(post("/communities/" + COMMUNITY + "/programs")
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("kind", "PROGRAM")
                        .param("title", "Шаг вперёд")
                        .param("goal", "Рост")
                        .param("tasksText", "Первая\r\n\r\n  Вторая  ")
                        .param("periodStart", "2025-09-01")
                        .param("periodEnd", "2026-05-31"))
                .andExpect(redirectedUrl("/programs/" + PROGRAM));
        then(draftProgram)
                .should()
                .draft(new DraftProgramCommand(
                        new CommunityId(COMMUNITY),
                        ProgramKind.PROGRAM,
                        "Шаг вперёд",
                        null,
                        "Рост",
                        List.of("Первая", "Вторая"),
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 5, 31)));
    }

    @Test
    void theProgramPage_showsGoalTasksTimelineScheduleResultsAndIndicators() throws Exception {
        givenAProgram(StageStatus.ACTIVE);
        mvc.perform(get("/programs/" + PROGRAM).with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Шаг вперёд</h1>"),
                                containsString("<li value=\"1\">Организовать обмен опытом</li>"),
                                containsString("<li aria-current=\"step\" class=\"stage-active\">"),
                                containsString("каждый 3-тий понедельник месяца"),
                                containsString("Иванова М. П."),
                                containsString("Сборник рекомендаций"),
                                containsString("не оценён"),
                                containsString("<progress max=\"100\" value=\"50\""),
                                containsString("50 % пути от исходного значения к цели"),
                                containsString("15.01.2026"),
                                containsString("по итогам полугодия"),
                                containsString("исходное значение: —; цель: не задана шт."),
                                containsString("последнее измерение: 7 шт."),
                                not(containsString("ещё не измерялся")),
                                containsString("Завершить этап «Организационный»"),
                                containsString("hx-post=\"/programs/" + PROGRAM + "/stages/" + STAGE + "/close\""))));
    }

    @Test
    void theEnglishBundle_isUsedWhenTheBrowserAsksForEnglish_orTheLinkChoosesIt() throws Exception {
        givenAProgram(StageStatus.PLANNED);
        mvc.perform(get("/programs/" + PROGRAM).with(COORDINATOR).header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content()
                        .string(allOf(
                                containsString("<html lang=\"en\">"),
                                containsString("<h2 id=\"stages-heading\">Stages</h2>"),
                                containsString("organizational"),
                                containsString("Start stage &quot;Организационный&quot;"))));
        mvc.perform(get("/programs/" + PROGRAM).with(COORDINATOR).param("lang", "en"))
                .andExpect(content().string(containsString("<h2 id=\"stages-heading\">Stages</h2>")));
        mvc.perform(get("/login").header("Accept-Language", "ru"))
                .andExpect(content().string(not(containsString("Sign in"))));
    }

    @Test
    void startingAStage_goesBackToTheProgramWithANotice_andARefusalWithItsReason() throws Exception {
        mvc.perform(post("/programs/" + PROGRAM + "/stages/" + STAGE + "/start")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/programs/" + PROGRAM));
        then(startStage)
                .should()
                .startStage(new StartStageCommand(new ProgramId(PROGRAM), new StageId(STAGE), null, null));

        willThrow(new DomainRuleViolation("program.notApproved", "проект"))
                .given(startStage)
                .startStage(any());
        mvc.perform(post("/programs/" + PROGRAM + "/stages/" + STAGE + "/start")
                        .with(COORDINATOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/programs/" + PROGRAM))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem"))
                        .asString()
                        .contains("не утверждена")
                        .doesNotContain("program.notApproved"));
    }

    @Test
    void anHtmxSearchOfTheRegister_returnsOnlyTheTable() throws Exception {
        givenACommunity();
        given(memberRegister.register(any()))
                .willReturn(new Page<>(
                        List.of(new MemberRegisterItem(
                                new MembershipId(UUID.randomUUID()),
                                1,
                                new EducatorId(UUID.randomUUID()),
                                "Сидоров Олег",
                                "Сидоров",
                                "Олег",
                                null,
                                ExperienceLevel.YOUNG,
                                new OrganizationId(ORGANIZATION),
                                "Школа № 1",
                                List.of(Role.MEMBER),
                                LocalDate.of(2025, 9, 1),
                                null)),
                        0,
                        20,
                        1));
        mvc.perform(get("/communities/" + COMMUNITY)
                        .with(COORDINATOR)
                        .param("q", "Сидор")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<div id=\"register\" aria-live=\"polite\">"),
                                containsString("Сидоров Олег"),
                                containsString("молодой педагог"),
                                not(containsString("<h1>")))));
    }

    @Test
    void theRegisterFilter_asksForTheSearchRoleSchoolAndPage_andAnUnreadableRoleIsAPageNotFound() throws Exception {
        givenACommunity();
        given(memberRegister.register(any())).willReturn(new Page<>(List.of(), 2, 20, 0));
        mvc.perform(get("/communities/" + COMMUNITY)
                        .with(COORDINATOR)
                        .param("q", " Сидор ")
                        .param("role", "TUTOR")
                        .param("school", ORGANIZATION.toString())
                        .param("page", "2")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk());
        then(memberRegister)
                .should()
                .register(new MemberRegisterQuery(
                        new CommunityId(COMMUNITY),
                        Role.TUTOR,
                        new OrganizationId(ORGANIZATION),
                        "Сидор",
                        false,
                        2,
                        20));
        mvc.perform(get("/communities/" + COMMUNITY).with(COORDINATOR).param("role", "NOBODY"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theMonthView_showsTheCommunitysEventsInAGridWithTheNeighbouringMonths() throws Exception {
        givenACommunity();
        given(communityEvents.events(any()))
                .willReturn(List.of(new EventView(
                        new EventId(UUID.randomUUID()),
                        0,
                        new CommunityId(COMMUNITY),
                        null,
                        null,
                        null,
                        "Заседание клуба",
                        Form.MEETING,
                        LocalDate.of(2025, 10, 20),
                        LocalTime.of(15, 0),
                        null,
                        "Europe/Moscow",
                        "Школа № 1",
                        List.of(),
                        EventStatus.SCHEDULED,
                        null,
                        0,
                        0,
                        0,
                        List.of(),
                        null)));
        mvc.perform(get("/communities/" + COMMUNITY + "/calendar").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Календарь мероприятий: октябрь 2025"),
                                containsString("Заседание клуба"),
                                containsString("15:00"),
                                containsString("month=2025-09"),
                                containsString("month=2025-11"),
                                containsString("aria-current=\"date\""))));
    }

    @Test
    void anUnknownProgram_isAPageSayingSo_inWordsAndWithoutItsId() throws Exception {
        given(programOverview.overview(any())).willThrow(new org.stepahead.domain.shared.NotFound("program", PROGRAM));
        mvc.perform(get("/programs/" + PROGRAM).with(COORDINATOR))
                .andExpect(status().isNotFound())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Не получилось</h1>"),
                                containsString("<p role=\"alert\" class=\"problem\">Программа не найдена.</p>"),
                                containsString("Выйти (admin)"),
                                containsString("?lang=en"),
                                not(containsString("program " + PROGRAM)))));
        mvc.perform(get("/programs/" + PROGRAM).with(COORDINATOR).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(
                        content().string(containsString("<p role=\"alert\" class=\"problem\">Program not found.</p>")));
    }

    @Test
    void anUnexpectedFailure_isAPageWithoutDetails() throws Exception {
        given(programOverview.overview(any())).willThrow(new IllegalStateException("secret internals"));
        mvc.perform(get("/programs/" + PROGRAM).with(COORDINATOR))
                .andExpect(status().isInternalServerError())
                .andExpect(content()
                        .string(allOf(
                                containsString("Произошла внутренняя ошибка"),
                                not(containsString("secret internals")))));
    }

    private void givenACommunity() {
        given(getCommunity.get(new CommunityId(COMMUNITY)))
                .willReturn(new CommunityView(
                        new CommunityId(COMMUNITY),
                        1,
                        "Клуб молодых педагогов",
                        CommunityKind.CLUB,
                        CommunityLevel.MUNICIPAL,
                        new OrganizationId(ORGANIZATION),
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
        given(memberRegister.register(any())).willReturn(new Page<>(List.of(), 0, 20, 0));
    }

    private void givenAProgram(StageStatus stageStatus) {
        StageId stage = new StageId(STAGE);
        ActivityView activity = new ActivityView(
                new ActivityId(UUID.randomUUID()),
                "1.1",
                "Заседание клуба",
                null,
                null,
                null,
                stage,
                List.of(Form.MEETING),
                new Schedule.Unparsed("каждый 3-тий понедельник месяца"),
                List.of(new ResponsibleView("Иванова М. П.", null, null)),
                List.of());
        ResultView result = new ResultView(
                new ExpectedResultId(UUID.randomUUID()),
                "Сборник рекомендаций",
                null,
                ResultKind.PRODUCT,
                stage,
                null,
                null,
                null,
                List.of());
        StageView stageView = new StageView(
                stage,
                1,
                "Организационный",
                StageKind.ORGANIZATIONAL,
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 12, 31),
                null,
                stageStatus,
                null,
                null,
                List.of(activity),
                List.of(result));
        IndicatorView indicator = new IndicatorView(
                new IndicatorId(UUID.randomUUID()),
                "Доля педагогов",
                "%",
                BigDecimal.ZERO,
                BigDecimal.valueOf(40),
                IndicatorDirection.HIGHER_IS_BETTER,
                List.of(new ProgramOverview.MeasurementView(
                        java.time.LocalDate.of(2026, 1, 15), BigDecimal.valueOf(20), "по итогам полугодия")),
                BigDecimal.valueOf(20),
                new BigDecimal("0.5000"),
                false);
        IndicatorView withoutTarget = new IndicatorView(
                new IndicatorId(UUID.randomUUID()),
                "Число открытых уроков",
                "шт.",
                null,
                null,
                IndicatorDirection.HIGHER_IS_BETTER,
                List.of(new ProgramOverview.MeasurementView(
                        java.time.LocalDate.of(2026, 2, 1), new BigDecimal("7"), null)),
                new BigDecimal("7"),
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
                        "Профессиональный рост",
                        List.of(new TaskView(1, "Организовать обмен опытом")),
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 5, 31),
                        stageStatus == StageStatus.PLANNED ? ProgramStatus.DRAFT : ProgramStatus.APPROVED,
                        null,
                        List.of(stageView),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(indicator, withoutTarget)));
    }
}
