package org.stepahead.adapter.in.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepahead.adapter.in.web.WebSecurityTestConfiguration;
import org.stepahead.adapter.in.web.common.ProblemAdvice;
import org.stepahead.adapter.in.web.security.BrowserSecurityConfiguration;
import org.stepahead.adapter.in.web.ui.community.CommunityRevisionPages;
import org.stepahead.adapter.in.web.ui.community.MemberRegisterPart;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.access.ResolveAccessUseCase;
import org.stepahead.application.port.in.account.AccountCredentials;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.CommunityView.DirectionView;
import org.stepahead.application.port.in.community.CommunityView.DocumentView;
import org.stepahead.application.port.in.community.CommunityView.FunctionView;
import org.stepahead.application.port.in.community.CommunityView.PartnerView;
import org.stepahead.application.port.in.community.CommunityView.TutorFunctionView;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DirectionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.FunctionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.PartnerInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.TutorFunctionInput;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.community.ReviseCommunityCommand;
import org.stepahead.application.port.in.community.ReviseCommunityUseCase;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;
import org.stepahead.application.port.in.organization.OrganizationView;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.TutorFunction;

/**
 * The page revising a community, over mocked use cases: the form comes filled with the community's data, a valid
 * form revises it with the version it was read at, bad input and refusals show the form again with their messages
 * and change nothing, and a plain member can neither open nor send it.
 */
@WebMvcTest
@ContextConfiguration(
        classes = {
            CommunityRevisionPages.class,
            MemberRegisterPart.class,
            Labels.class,
            UiAdvice.class,
            UiConfiguration.class,
            ProblemAdvice.class,
            WebSecurityTestConfiguration.class,
            BrowserSecurityConfiguration.class
        })
@TestPropertySource(properties = {"stepahead.admin.user=admin", "stepahead.admin.password=secret"})
class CommunityRevisionPagesTest {

    private static final UUID COMMUNITY = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final OrganizationId SCHOOL =
            new OrganizationId(UUID.fromString("00000000-0000-0000-0000-00000000000f"));
    private static final OrganizationId CENTRE =
            new OrganizationId(UUID.fromString("00000000-0000-0000-0000-0000000000f2"));
    private static final RequestPostProcessor COORDINATOR = user("admin").roles("ADMIN");
    private static final DocumentView ORDER = new DocumentView("Приказ о клубе", "12-о", LocalDate.of(2024, 9, 2));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuthenticateAccountUseCase accounts;

    @Autowired
    ResolveAccessUseCase access;

    @MockitoBean
    GetCommunityUseCase getCommunity;

    @MockitoBean
    ReviseCommunityUseCase reviseCommunity;

    @MockitoBean
    GetMemberRegisterUseCase memberRegister;

    @MockitoBean
    ListOrganizationsUseCase listOrganizations;

    @BeforeEach
    void givenTheClubWithItsProfile() {
        given(getCommunity.get(new CommunityId(COMMUNITY)))
                .willReturn(new CommunityView(
                        new CommunityId(COMMUNITY),
                        7,
                        "Клуб молодых педагогов",
                        CommunityKind.CLUB,
                        CommunityLevel.MUNICIPAL,
                        SCHOOL,
                        "Школа № 1",
                        ORDER,
                        "Asia/Krasnoyarsk",
                        "Клуб для тех, кто работает первые годы",
                        "Поддержка молодых педагогов",
                        List.of("Обмен опытом", "Наставничество"),
                        List.of(new FunctionView(CommunityFunction.RESOURCE, "методические материалы")),
                        List.of("Открытость"),
                        List.of(new DirectionView("Методическая работа", List.of("семинары", "открытые уроки"))),
                        List.of(Form.MEETING, Form.SEMINAR),
                        List.of("Участвовать в конкурсах"),
                        List.of(new PartnerView(
                                CENTRE, "Центр развития", PartnerRole.BASE_SITE, "цифровая школа", ORDER)),
                        List.of(new TutorFunctionView(TutorFunction.SUPPORTING, "сопровождение"))));
        given(listOrganizations.list())
                .willReturn(List.of(
                        new OrganizationView(SCHOOL, 1, "Школа № 1", null, OrganizationKind.SCHOOL, null, false, false),
                        new OrganizationView(
                                CENTRE, 1, "Центр развития", null, OrganizationKind.SCHOOL, null, false, false)));
    }

    @Test
    void theEditPage_showsTheFormFilledWithTheCurrentData_andTheVersionItWasReadAt() throws Exception {
        mvc.perform(get("/communities/" + COMMUNITY + "/edit").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Изменить сообщество</h1>"),
                                containsString("name=\"version\" value=\"7\""),
                                containsString("value=\"Клуб молодых педагогов\""),
                                containsString("value=\"Asia/Krasnoyarsk\""),
                                containsString("value=\"Приказ о клубе\""),
                                containsString("value=\"2024-09-02\""),
                                containsString(">Поддержка молодых педагогов</textarea>"),
                                containsString(">Обмен опытом\nНаставничество</textarea>"),
                                containsString(">ресурсная: методические материалы</textarea>"),
                                containsString(">Методическая работа\n- семинары\n- открытые уроки</textarea>"),
                                containsString(">Центр развития; базовая площадка; цифровая школа</textarea>"),
                                containsString(">поддерживающая: сопровождение</textarea>"),
                                containsString("value=\"SEMINAR\" id=\"forms2\" name=\"forms\" checked=\"checked\""),
                                containsString("Функции: стратегическая, нормативно-правовая"))));
    }

    @Test
    void savingTheForm_revisesTheCommunityAtTheVersionItWasReadAt_andGoesBackToItsPage() throws Exception {
        mvc.perform(validForm().param("timeZone", " "))
                .andExpect(redirectedUrl("/communities/" + COMMUNITY))
                .andExpect(
                        result -> assertThat(result.getFlashMap().get("notice")).isEqualTo("Изменения сохранены."));

        DocumentInput order = new DocumentInput("Приказ о клубе", "12-о", LocalDate.of(2024, 9, 2));
        then(reviseCommunity)
                .should()
                .revise(new ReviseCommunityCommand(
                        new CommunityId(COMMUNITY),
                        "Клуб педагогов-наставников",
                        order,
                        null,
                        new ProfileInput(
                                null,
                                "Наставничество в каждой школе",
                                List.of("Обмен опытом"),
                                List.of(
                                        new FunctionInput(CommunityFunction.RESOURCE, "методические материалы"),
                                        new FunctionInput(CommunityFunction.ANALYTICAL, null)),
                                List.of(),
                                List.of(
                                        new DirectionInput("Методическая работа", List.of("семинары")),
                                        new DirectionInput("Конкурсы", List.of())),
                                List.of(Form.MEETING, Form.WORKSHOP),
                                List.of(),
                                List.of(
                                        new PartnerInput(CENTRE, PartnerRole.BASE_SITE, "цифровая школа", order),
                                        new PartnerInput(SCHOOL, PartnerRole.RESOURCE, null, null)),
                                List.of(new TutorFunctionInput(TutorFunction.CONSULTING, "консультации"))),
                        7L));
    }

    @Test
    void unreadableLinesAndAnEmptyName_showTheFormAgainWithRussianMessages_andChangeNothing() throws Exception {
        mvc.perform(post("/communities/" + COMMUNITY)
                        .with(COORDINATOR)
                        .with(csrf())
                        .param("version", "7")
                        .param("name", " ")
                        .param("functionsText", "волшебная: всё сразу")
                        .param("directionsText", "- работа без направления")
                        .param("partnersText", "Неизвестная школа; базовая площадка\nЦентр развития; спонсор")
                        .param("documentDate", "2024-13-45"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"name-error\">поле не должно быть пустым</p>"),
                                containsString("«волшебная» — нет такой функции; возможные: стратегическая"),
                                containsString("Работа «работа без направления» стоит до первого направления"),
                                containsString("Организации «Неизвестная школа» нет в реестре"),
                                containsString("«спонсор» — нет такой роли партнёра; возможные:"),
                                containsString("id=\"documentDate-error\">неверная дата"),
                                containsString("aria-describedby=\"functionsText-error\""),
                                containsString(">волшебная: всё сразу</textarea>"),
                                containsString("name=\"version\" value=\"7\""))));
        then(reviseCommunity).shouldHaveNoInteractions();
    }

    @Test
    void aRuleOfTheDomain_andAnUnknownTimeZone_showTheirMessagesBesideTheirFields() throws Exception {
        willThrow(new DomainRuleViolation("community.formTwice"))
                .given(reviseCommunity)
                .revise(any());
        mvc.perform(validForm())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"forms-error\"")));

        willThrow(new InvalidCommandException(List.of(
                        new Violation("timeZone", "неизвестный часовой пояс", "неизвестный часовой пояс", Map.of()))))
                .given(reviseCommunity)
                .revise(any());
        mvc.perform(validForm().param("timeZone", "Марс/Олимп"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"timeZone-error\">неизвестный часовой пояс</p>"),
                                containsString("value=\"Марс/Олимп\""))));
    }

    @Test
    void aFormReadBeforeSomeoneElseSavedTheCommunity_isRefusedWithTheConflictMessage_andKeepsWhatWasTyped()
            throws Exception {
        willThrow(new ConflictException("community", COMMUNITY, 7))
                .given(reviseCommunity)
                .revise(any());

        mvc.perform(validForm())
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "<p>Данные изменил кто-то другой; перечитайте страницу и повторите.</p>"),
                                containsString("value=\" Клуб педагогов-наставников \""),
                                containsString("name=\"version\" value=\"7\""))));
    }

    @Test
    void aPlainMemberOfTheCommunity_canNeitherOpenTheFormNorSaveIt() throws Exception {
        EducatorId educator = new EducatorId(UUID.randomUUID());
        AccountView member = new AccountView(AccountId.random(), 1, "member", false, educator, true);
        given(accounts.byUsername("member")).willReturn(Optional.of(new AccountCredentials(member, "")));
        given(access.rolesOf(educator)).willReturn(Map.of(new CommunityId(COMMUNITY), Set.of(Role.MEMBER)));
        RequestPostProcessor asMember = user(users.loadUserByUsername("member"));

        mvc.perform(get("/communities/" + COMMUNITY + "/edit").with(asMember)).andExpect(status().isForbidden());
        mvc.perform(validForm().with(asMember)).andExpect(status().isForbidden());
        then(reviseCommunity).shouldHaveNoInteractions();
    }

    private MockHttpServletRequestBuilder validForm() {
        return post("/communities/" + COMMUNITY)
                .with(COORDINATOR)
                .with(csrf())
                .param("version", "7")
                .param("name", " Клуб педагогов-наставников ")
                .param("documentTitle", "Приказ о клубе")
                .param("documentNumber", "12-о")
                .param("documentDate", "2024-09-02")
                .param("description", "")
                .param("goal", "Наставничество в каждой школе")
                .param("tasksText", "Обмен опытом\n\n")
                .param("functionsText", "Ресурсная: методические материалы\nANALYTICAL")
                .param("principlesText", "")
                .param("directionsText", "Методическая работа\n- семинары\nКонкурсы")
                .param("forms", "MEETING", "WORKSHOP")
                .param("rightsText", "")
                .param(
                        "partnersText",
                        "центр развития; Базовая площадка; цифровая школа\nШкола № 1; ресурсное обеспечение")
                .param("tutorFunctionsText", "консультационная: консультации");
    }
}
