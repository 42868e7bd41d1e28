package org.stepahead.adapter.in.web.organization;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.stepahead.application.port.in.educator.EducatorView;
import org.stepahead.application.port.in.educator.GetEducatorUseCase;
import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.application.port.in.educator.RegisterEducatorUseCase;
import org.stepahead.application.port.in.organization.GetOrganizationUseCase;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.in.organization.RegisterOrganizationUseCase;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;

@WebMvcTest
@ContextConfiguration(
        classes = {
            RegisterOrganizationController.class,
            ListOrganizationsController.class,
            GetOrganizationController.class,
            RegisterEducatorController.class,
            GetEducatorController.class,
            NameOrder.FromText.class,
            OrganizationWebMapperImpl.class,
            IdMapperImpl.class,
            ProblemAdvice.class,
            IfMatchResolver.class,
            WebSecurityTestConfiguration.class
        })
@TestPropertySource(properties = {"stepahead.admin.user=admin", "stepahead.admin.password=secret"})
class OrganizationControllerTest {

    private static final UUID SCHOOL = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-0000000000a3");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegisterOrganizationUseCase registerOrganization;

    @MockitoBean
    ListOrganizationsUseCase listOrganizations;

    @MockitoBean
    GetOrganizationUseCase getOrganization;

    @MockitoBean
    RegisterEducatorUseCase registerEducator;

    @MockitoBean
    GetEducatorUseCase getEducator;

    @Test
    void givenAnEducator_get_answersEverythingRegistered() throws Exception {
        given(getEducator.get(new EducatorId(FIRST)))
                .willReturn(new EducatorView(
                        new EducatorId(FIRST),
                        1,
                        "Иванова",
                        "Анна",
                        "Петровна",
                        "Иванова Анна Петровна",
                        new OrganizationId(SCHOOL),
                        "учитель истории",
                        ExperienceLevel.EXPERIENCED,
                        "ivanova@lyceum21.ru"));

        mvc.perform(get("/api/v1/educators/" + FIRST).with(httpBasic("admin", "secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Иванова Анна Петровна"))
                .andExpect(jsonPath("$.organizationId").value(SCHOOL.toString()))
                .andExpect(jsonPath("$.experience").value("EXPERIENCED"))
                .andExpect(jsonPath("$.email").value("ivanova@lyceum21.ru"));
    }

    @Test
    void givenFlags_register_passesTheExactCommand() throws Exception {
        given(registerOrganization.register(any())).willReturn(new OrganizationId(SCHOOL));

        mvc.perform(post("/api/v1/organizations")
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"name": "МБОУ СОШ №5", "shortName": "СОШ №5", "kind": "SCHOOL", "municipality": "Тамбов",
                 "lowResults": true}"""))
                .andExpect(status().isCreated());

        then(registerOrganization)
                .should()
                .register(new RegisterOrganizationCommand(
                        "МБОУ СОШ №5", "СОШ №5", OrganizationKind.SCHOOL, "Тамбов", true, false));
    }

    @Test
    void givenTwoEducators_bulk_passesBothInOrderAndAnswersTheirIds() throws Exception {
        given(registerEducator.registerAll(anyList()))
                .willReturn(List.of(new EducatorId(FIRST), new EducatorId(SECOND)));

        mvc.perform(post("/api/v1/educators/bulk")
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"educators": [
                  {"surname": "Иванова", "givenName": "Мария", "organizationId": "%s", "experience": "EXPERIENCED"},
                  {"surname": "Белов", "givenName": "Иван", "experience": "YOUNG", "email": "belov@example.org"}]}""".formatted(SCHOOL)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ids[0]").value(FIRST.toString()))
                .andExpect(jsonPath("$.ids[1]").value(SECOND.toString()));

        then(registerEducator)
                .should()
                .registerAll(List.of(
                        new RegisterEducatorCommand(
                                "Иванова",
                                "Мария",
                                null,
                                new OrganizationId(SCHOOL),
                                null,
                                ExperienceLevel.EXPERIENCED,
                                null),
                        new RegisterEducatorCommand(
                                "Белов", "Иван", null, null, null, ExperienceLevel.YOUNG, "belov@example.org")));
    }

    @Test
    void givenOneInvalidEducator_bulk_registersNoneAndNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/educators/bulk")
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"educators": [
                  {"surname": "Иванова", "givenName": "Мария", "experience": "EXPERIENCED"},
                  {"surname": "Белов", "givenName": "Иван", "experience": "YOUNG", "email": "not-an-email"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("educators[1].email"));

        then(registerEducator).should(never()).registerAll(anyList());
    }
}
