package org.stepahead.adapter.in.web.community;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.stepahead.adapter.in.web.common.NameOrder;
import org.stepahead.adapter.in.web.common.ProblemAdvice;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.PageQuery;
import org.stepahead.application.port.in.community.AddDaysOffCommand;
import org.stepahead.application.port.in.community.AddDaysOffUseCase;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.FoundCommunityCommand;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.FunctionInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.PartnerInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.TutorFunctionInput;
import org.stepahead.application.port.in.community.FoundCommunityUseCase;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.application.port.in.community.ListCommunitiesUseCase;
import org.stepahead.application.port.in.community.RemoveDaysOffCommand;
import org.stepahead.application.port.in.community.RemoveDaysOffUseCase;
import org.stepahead.application.port.in.community.ReviseCommunityCommand;
import org.stepahead.application.port.in.community.ReviseCommunityUseCase;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.TutorFunction;

@WebMvcTest
@ContextConfiguration(
        classes = {
            FoundCommunityController.class,
            ListCommunitiesController.class,
            GetCommunityController.class,
            ReviseCommunityController.class,
            AddDaysOffController.class,
            RemoveDaysOffController.class,
            NameOrder.FromText.class,
            CommunityWebMapperImpl.class,
            IdMapperImpl.class,
            ProblemAdvice.class,
            IfMatchResolver.class,
            WebSecurityTestConfiguration.class
        })
@TestPropertySource(properties = {"stepahead.admin.user=admin", "stepahead.admin.password=secret"})
class CommunityControllerTest {

    private static final UUID CENTRE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID PARTNER = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    private static final UUID COMMUNITY = UUID.fromString("00000000-0000-0000-0000-0000000000c3");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    FoundCommunityUseCase foundCommunity;

    @MockitoBean
    GetCommunityUseCase getCommunity;

    @MockitoBean
    ListCommunitiesUseCase listCommunities;

    @MockitoBean
    ReviseCommunityUseCase reviseCommunity;

    @MockitoBean
    AddDaysOffUseCase addDaysOff;

    @MockitoBean
    RemoveDaysOffUseCase removeDaysOff;

    @Test
    void givenDaysOff_post_passesThemWithTheExpectedVersion_andAnswers204WithTheNewVersion() throws Exception {
        given(addDaysOff.addDaysOff(any())).willReturn(4L);

        mvc.perform(post("/api/v1/communities/{id}/days-off", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"from": "2026-11-20", "to": "2026-11-27", "reason": "карантин"}"""))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"4\""));

        then(addDaysOff)
                .should()
                .addDaysOff(new AddDaysOffCommand(
                        new CommunityId(COMMUNITY),
                        java.time.LocalDate.of(2026, 11, 20),
                        java.time.LocalDate.of(2026, 11, 27),
                        "карантин",
                        3L));
    }

    @Test
    void givenDaysOffWithoutAReason_post_answers400NamingTheField_andCallsNothing() throws Exception {
        mvc.perform(post("/api/v1/communities/{id}/days-off", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"from": "2026-11-20", "to": "2026-11-27"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        then(addDaysOff).shouldHaveNoInteractions();
    }

    @Test
    void givenTheFirstDay_delete_removesTheDaysOff_andAnswers204() throws Exception {
        given(removeDaysOff.removeDaysOff(any())).willReturn(5L);

        mvc.perform(delete("/api/v1/communities/{id}/days-off/{from}", COMMUNITY, "2026-11-20")
                        .with(httpBasic("admin", "secret")))
                .andExpect(status().isNoContent())
                .andExpect(header().string("ETag", "\"5\""));

        then(removeDaysOff)
                .should()
                .removeDaysOff(new RemoveDaysOffCommand(
                        new CommunityId(COMMUNITY), java.time.LocalDate.of(2026, 11, 20), null));
    }

    @Test
    void givenPageSizeAndSort_list_passesThePageQueryAndAnswersTotals() throws Exception {
        given(listCommunities.list(any(PageQuery.class))).willReturn(new Page<>(List.of(), 1, 10, 12));

        mvc.perform(get("/api/v1/communities")
                        .with(httpBasic("admin", "secret"))
                        .param("page", "1")
                        .param("size", "10")
                        .param("sort", "name,desc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(12))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items").isEmpty());

        then(listCommunities).should().list(new PageQuery(1, 10, true));
    }

    @Test
    void givenASortByAnotherField_list_answersBadRequestNamingSort() throws Exception {
        mvc.perform(get("/api/v1/communities")
                        .with(httpBasic("admin", "secret"))
                        .param("sort", "founded"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));

        then(getCommunity).shouldHaveNoInteractions();
    }

    @Test
    void givenAProfile_found_passesTheExactCommand() throws Exception {
        given(foundCommunity.found(any())).willReturn(new CommunityId(COMMUNITY));

        mvc.perform(post("/api/v1/communities")
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"name": "Сеть классных руководителей", "kind": "NETWORK_SCHOOL", "level": "MUNICIPAL",
                 "coordinatingOrganization": "%s", "timeZone": "Europe/Moscow",
                 "foundingDocument": {"title": "Приказ", "number": "12", "date": "2020-08-20"},
                 "profile": {"goal": "Цель", "tasks": ["Задача"],
                             "functions": [{"function": "RESOURCE", "description": "ресурсная"}],
                             "forms": ["SEMINAR"],
                             "partners": [{"organizationId": "%s", "role": "BASE_SITE", "theme": "Тема"}]}}""".formatted(CENTRE, PARTNER)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/communities/" + COMMUNITY))
                .andExpect(jsonPath("$.id").value(COMMUNITY.toString()));

        then(foundCommunity)
                .should()
                .found(new FoundCommunityCommand(
                        "Сеть классных руководителей",
                        CommunityKind.NETWORK_SCHOOL,
                        CommunityLevel.MUNICIPAL,
                        new OrganizationId(CENTRE),
                        new DocumentInput("Приказ", "12", LocalDate.of(2020, 8, 20)),
                        "Europe/Moscow",
                        new ProfileInput(
                                null,
                                "Цель",
                                List.of("Задача"),
                                List.of(new FunctionInput(CommunityFunction.RESOURCE, "ресурсная")),
                                null,
                                null,
                                List.of(Form.SEMINAR),
                                null,
                                List.of(new PartnerInput(
                                        new OrganizationId(PARTNER), PartnerRole.BASE_SITE, "Тема", null)),
                                null)));
    }

    @Test
    void givenNoProfile_found_passesAnEmptyProfile() throws Exception {
        given(foundCommunity.found(any())).willReturn(new CommunityId(COMMUNITY));

        mvc.perform(post("/api/v1/communities")
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"name": "Клуб", "kind": "CLUB", "level": "SCHOOL", "coordinatingOrganization": "%s"}""".formatted(CENTRE)))
                .andExpect(status().isCreated());

        then(foundCommunity)
                .should()
                .found(new FoundCommunityCommand(
                        "Клуб",
                        CommunityKind.CLUB,
                        CommunityLevel.SCHOOL,
                        new OrganizationId(CENTRE),
                        null,
                        null,
                        ProfileInput.empty()));
    }

    @Test
    void givenAnIfMatchAndAProfile_put_passesTheExactCommandWithTheVersionAndAnswersNoContent() throws Exception {
        mvc.perform(put("/api/v1/communities/{id}", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "\"4\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"name": "Клуб наставников", "timeZone": "Asia/Krasnoyarsk",
                 "foundingDocument": {"title": "Приказ", "number": "7", "date": "2024-09-02"},
                 "profile": {"description": "Положение", "rights": ["Голосовать"],
                             "tutorFunctions": [{"function": "SUPPORTING", "description": "сопровождает"}],
                             "partners": [{"organizationId": "%s", "role": "RESOURCE"}]}}""".formatted(PARTNER)))
                .andExpect(status().isNoContent());

        then(reviseCommunity)
                .should()
                .revise(new ReviseCommunityCommand(
                        new CommunityId(COMMUNITY),
                        "Клуб наставников",
                        new DocumentInput("Приказ", "7", LocalDate.of(2024, 9, 2)),
                        "Asia/Krasnoyarsk",
                        new ProfileInput(
                                "Положение",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of("Голосовать"),
                                List.of(new PartnerInput(
                                        new OrganizationId(PARTNER), PartnerRole.RESOURCE, null, null)),
                                List.of(new TutorFunctionInput(TutorFunction.SUPPORTING, "сопровождает"))),
                        4L));
    }

    @Test
    void givenNoProfileNorIfMatch_put_passesAnEmptyProfileAtAnyVersion() throws Exception {
        mvc.perform(put("/api/v1/communities/{id}", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"name": "Клуб"}"""))
                .andExpect(status().isNoContent());

        then(reviseCommunity)
                .should()
                .revise(new ReviseCommunityCommand(
                        new CommunityId(COMMUNITY), "Клуб", null, null, ProfileInput.empty(), null));
    }

    @Test
    void givenABlankName_put_answersBadRequestNamingNameAndRevisesNothing() throws Exception {
        mvc.perform(put("/api/v1/communities/{id}", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"name": " "}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));

        then(reviseCommunity).shouldHaveNoInteractions();
    }

    @Test
    void givenAStaleIfMatch_put_answersPreconditionFailed() throws Exception {
        willThrow(new ConflictException("community", COMMUNITY, 3))
                .given(reviseCommunity)
                .revise(any());

        mvc.perform(put("/api/v1/communities/{id}", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "\"3\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"name": "Клуб"}"""))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void givenAStoredCommunity_get_answersItWithItsVersionAsETag() throws Exception {
        given(getCommunity.get(new CommunityId(COMMUNITY)))
                .willReturn(new CommunityView(
                        new CommunityId(COMMUNITY),
                        5,
                        "Клуб",
                        CommunityKind.CLUB,
                        CommunityLevel.SCHOOL,
                        new OrganizationId(CENTRE),
                        "ЦВР",
                        null,
                        "Europe/Moscow",
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));

        mvc.perform(get("/api/v1/communities/{id}", COMMUNITY).with(httpBasic("admin", "secret")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.name").value("Клуб"));
    }
}
