package org.stepahead.adapter.in.web.membership;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
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
import java.util.Set;
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
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.membership.AdmitMemberCommand;
import org.stepahead.application.port.in.membership.AdmitMemberUseCase;
import org.stepahead.application.port.in.membership.ChangeMemberRolesCommand;
import org.stepahead.application.port.in.membership.ChangeMemberRolesUseCase;
import org.stepahead.application.port.in.membership.EndTutoringUseCase;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.GetMembershipUseCase;
import org.stepahead.application.port.in.membership.LeaveCommunityUseCase;
import org.stepahead.application.port.in.membership.LinkTutorUseCase;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.in.membership.MembershipView;
import org.stepahead.application.port.in.membership.RegisterSort;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;

@WebMvcTest
@ContextConfiguration(
        classes = {
            AdmitMemberController.class,
            GetMemberRegisterController.class,
            GetMembershipController.class,
            ChangeMemberRolesController.class,
            LeaveCommunityController.class,
            LinkTutorController.class,
            EndTutoringController.class,
            RegisterSortConverter.class,
            MembershipWebMapperImpl.class,
            IdMapperImpl.class,
            ProblemAdvice.class,
            IfMatchResolver.class,
            WebSecurityTestConfiguration.class
        })
@TestPropertySource(properties = {"stepahead.admin.user=admin", "stepahead.admin.password=secret"})
class MembershipControllerTest {

    private static final UUID COMMUNITY = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID EDUCATOR = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    private static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    private static final UUID SCHOOL = UUID.fromString("00000000-0000-0000-0000-000000000005");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AdmitMemberUseCase admitMember;

    @MockitoBean
    GetMemberRegisterUseCase memberRegister;

    @MockitoBean
    GetMembershipUseCase getMembership;

    @MockitoBean
    ChangeMemberRolesUseCase changeMemberRoles;

    @MockitoBean
    LeaveCommunityUseCase leaveCommunity;

    @MockitoBean
    LinkTutorUseCase linkTutor;

    @MockitoBean
    EndTutoringUseCase endTutoring;

    @Test
    void givenAnEducatorWithConsent_admit_passesTheExactCommand() throws Exception {
        given(admitMember.admit(any())).willReturn(new MembershipId(MEMBER));

        mvc.perform(post("/api/v1/communities/{id}/members", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"educatorId": "%s", "roles": ["TUTOR"], "joinedOn": "2020-09-01", "consentGivenOn": "2020-08-31",
                 "consentBasis": "заявление"}""".formatted(EDUCATOR)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/members/" + MEMBER));

        then(admitMember)
                .should()
                .admit(new AdmitMemberCommand(
                        new CommunityId(COMMUNITY),
                        new EducatorId(EDUCATOR),
                        Set.of(Role.TUTOR),
                        LocalDate.of(2020, 9, 1),
                        LocalDate.of(2020, 8, 31),
                        "заявление",
                        null));
    }

    @Test
    void givenFilters_register_passesTheQueryAndAnswersTotals() throws Exception {
        given(memberRegister.register(any())).willReturn(new Page<>(List.of(), 2, 20, 45));

        mvc.perform(get("/api/v1/communities/{id}/members", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .param("role", "TUTOR")
                        .param("organization", SCHOOL.toString())
                        .param("name", "Ива")
                        .param("page", "2")
                        .param("size", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(45))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.page").value(2));

        then(memberRegister)
                .should()
                .register(new MemberRegisterQuery(
                        new CommunityId(COMMUNITY), Role.TUTOR, new OrganizationId(SCHOOL), "Ива", false, 2, 20));
    }

    @Test
    void givenASortWithDirection_register_passesThatOrder() throws Exception {
        given(memberRegister.register(any())).willReturn(new Page<>(List.of(), 0, 50, 0));

        mvc.perform(get("/api/v1/communities/{id}/members", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .param("sort", "joined,desc"))
                .andExpect(status().isOk());

        then(memberRegister)
                .should()
                .register(new MemberRegisterQuery(
                        new CommunityId(COMMUNITY),
                        null,
                        null,
                        null,
                        false,
                        0,
                        50,
                        new RegisterSort(RegisterSort.Key.JOINED, true)));
    }

    @Test
    void givenAnUnknownSort_register_answersBadRequestNamingSortAndAsksNothing() throws Exception {
        mvc.perform(get("/api/v1/communities/{id}/members", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .header("Accept-Language", "ru")
                        .param("sort", "age,desc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("sort"))
                .andExpect(jsonPath("$.errors[0].message").value("неверное значение: age,desc"));

        then(memberRegister).shouldHaveNoInteractions();
    }

    @Test
    void givenAMember_get_answersItsVersionAsETag() throws Exception {
        given(getMembership.membership(new MembershipId(MEMBER)))
                .willReturn(new MembershipView(
                        new MembershipId(MEMBER),
                        4,
                        new CommunityId(COMMUNITY),
                        new EducatorId(EDUCATOR),
                        List.of(Role.MEMBER),
                        LocalDate.of(2020, 9, 1),
                        null,
                        LocalDate.of(2020, 8, 31),
                        null,
                        null,
                        List.of()));

        mvc.perform(get("/api/v1/members/{id}", MEMBER).with(httpBasic("admin", "secret")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.roles[0]").value("MEMBER"));
    }

    @Test
    void givenAnIfMatch_changeRoles_passesTheExpectedVersion() throws Exception {
        mvc.perform(put("/api/v1/members/{id}/roles", MEMBER)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "W/\"4\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": [\"COORDINATOR\"]}"))
                .andExpect(status().isNoContent());

        then(changeMemberRoles)
                .should()
                .changeRoles(new ChangeMemberRolesCommand(new MembershipId(MEMBER), Set.of(Role.COORDINATOR), 4L));
    }

    @Test
    void givenAMalformedIfMatch_changeRoles_answersBadRequest() throws Exception {
        mvc.perform(put("/api/v1/members/{id}/roles", MEMBER)
                        .with(httpBasic("admin", "secret"))
                        .header("If-Match", "\"yesterday\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": [\"COORDINATOR\"]}"))
                .andExpect(status().isBadRequest());
    }
}
