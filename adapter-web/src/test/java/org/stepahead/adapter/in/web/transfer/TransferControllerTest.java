package org.stepahead.adapter.in.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.stepahead.adapter.in.web.WebSecurityTestConfiguration;
import org.stepahead.adapter.in.web.common.IfMatchResolver;
import org.stepahead.adapter.in.web.common.ProblemAdvice;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.CommunityDocument.CommunityData;
import org.stepahead.application.port.in.transfer.CommunityDocument.OrganizationData;
import org.stepahead.application.port.in.transfer.DocumentEnvelope;
import org.stepahead.application.port.in.transfer.ExportCommunityUseCase;
import org.stepahead.application.port.in.transfer.ImportCommunityCommand;
import org.stepahead.application.port.in.transfer.ImportCommunityUseCase;
import org.stepahead.application.port.in.transfer.ImportRefusedException;
import org.stepahead.application.port.in.transfer.ImportRefusedException.Problem;
import org.stepahead.application.port.in.transfer.ImportReport;
import org.stepahead.application.port.in.transfer.ImportWarning;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.DomainRuleViolation;

@WebMvcTest
@ContextConfiguration(
        classes = {
            ImportCommunityController.class,
            ExportCommunityController.class,
            ProblemAdvice.class,
            IfMatchResolver.class,
            WebSecurityTestConfiguration.class
        })
@TestPropertySource(properties = {"stepahead.admin.user=admin", "stepahead.admin.password=secret"})
class TransferControllerTest {

    private static final UUID COMMUNITY = UUID.fromString("00000000-0000-0000-0000-0000000000c3");
    private static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-0000000000d1");

    private static final String YAML = """
      source: test
      organizations:
        - {key: school, name: Лицей № 21, kind: LYCEUM}
      community:
        name: Клуб «Шаг»
        kind: CLUB
        level: SCHOOL
        coordinatingOrganization: school
      """;

    private static final String JSON = """
      {"source": "test",
       "organizations": [{"key": "school", "name": "Лицей № 21", "kind": "LYCEUM"}],
       "community": {"name": "Клуб «Шаг»", "kind": "CLUB", "level": "SCHOOL", "coordinatingOrganization": "school"}}
      """;

    private static final CommunityDocument DOCUMENT = new CommunityDocument(
            "test",
            List.of(new OrganizationData("school", "Лицей № 21", null, OrganizationKind.LYCEUM, null, null, null)),
            null,
            new CommunityData(
                    "Клуб «Шаг»",
                    CommunityKind.CLUB,
                    CommunityLevel.SCHOOL,
                    "school",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
            null,
            null,
            null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImportCommunityUseCase importCommunity;

    @MockitoBean
    ExportCommunityUseCase exportCommunity;

    private static ImportReport report(boolean dryRun) {
        return new ImportReport(
                dryRun,
                "club-2026",
                false,
                new CommunityId(COMMUNITY),
                List.of(OrganizationId.random()),
                List.of(),
                List.of(),
                List.of(new ProgramId(PROGRAM)),
                List.of(),
                List.of(new ImportWarning(
                        "programs[0].activities[2].schedule", ImportWarning.UNPARSED_SCHEDULE, "когда получится")));
    }

    private ImportCommunityCommand passedCommand() {
        ArgumentCaptor<ImportCommunityCommand> command = ArgumentCaptor.forClass(ImportCommunityCommand.class);
        then(importCommunity).should().importCommunity(command.capture());
        return command.getValue();
    }

    @Test
    void givenAYamlDocument_import_passesTheDocument_andAnswers201WithTheReport() throws Exception {
        given(importCommunity.importCommunity(any())).willReturn(report(false));

        mvc.perform(post("/api/v1/imports")
                        .with(httpBasic("admin", "secret"))
                        .contentType("application/yaml")
                        .content(YAML))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/communities/" + COMMUNITY))
                .andExpect(jsonPath("$.communityId").value(COMMUNITY.toString()))
                .andExpect(jsonPath("$.organizations").value(1))
                .andExpect(jsonPath("$.programIds[0]").value(PROGRAM.toString()))
                .andExpect(jsonPath("$.warnings[0].path").value("programs[0].activities[2].schedule"))
                .andExpect(jsonPath("$.warnings[0].message")
                        .value("срок «когда получится» не распознан и сохранён как текст"));

        assertThat(passedCommand()).isEqualTo(new ImportCommunityCommand(DOCUMENT, false));
    }

    @Test
    void givenAJsonDocumentOrTextYaml_import_readsTheSameDocument() throws Exception {
        given(importCommunity.importCommunity(any())).willReturn(report(false));

        mvc.perform(post("/api/v1/imports")
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/imports")
                        .with(httpBasic("admin", "secret"))
                        .contentType("text/yaml")
                        .content(YAML))
                .andExpect(status().isCreated());

        ArgumentCaptor<ImportCommunityCommand> commands = ArgumentCaptor.forClass(ImportCommunityCommand.class);
        then(importCommunity).should(org.mockito.Mockito.times(2)).importCommunity(commands.capture());
        assertThat(commands.getAllValues()).containsOnly(new ImportCommunityCommand(DOCUMENT, false));
    }

    @Test
    void givenDryRun_import_passesTheFlag_andAnswers200() throws Exception {
        given(importCommunity.importCommunity(any())).willReturn(report(true));

        mvc.perform(post("/api/v1/imports?dryRun=true")
                        .with(httpBasic("admin", "secret"))
                        .contentType("application/yaml")
                        .content(YAML)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.warnings[0].message")
                        .value("the schedule \"когда получится\" could not be read and is kept as text"));

        assertThat(passedCommand().dryRun()).isTrue();
    }

    @Test
    void givenADocumentImportedBefore_import_answers200NamingItsCommunity() throws Exception {
        given(importCommunity.importCommunity(any()))
                .willReturn(ImportReport.alreadyImported(false, "club-2026", new CommunityId(COMMUNITY)));

        mvc.perform(post("/api/v1/imports")
                        .with(httpBasic("admin", "secret"))
                        .contentType("application/yaml")
                        .content("key: club-2026\n" + YAML))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyImported").value(true))
                .andExpect(jsonPath("$.documentKey").value("club-2026"))
                .andExpect(jsonPath("$.communityId").value(COMMUNITY.toString()))
                .andExpect(jsonPath("$.programs").value(0));
        assertThat(passedCommand().document().key()).isEqualTo("club-2026");
    }

    @Test
    void givenAnUnknownEnumValue_import_answersAProblemListingTheAllowedValues() throws Exception {
        mvc.perform(post("/api/v1/imports")
                        .with(httpBasic("admin", "secret"))
                        .contentType("application/yaml")
                        .content(YAML.replace("kind: CLUB", "kind: KLUB")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("community.kind"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.startsWith("неверное значение «KLUB»; допустимые значения: "),
                                org.hamcrest.Matchers.containsString("CLUB"))));
        then(importCommunity).should(never()).importCommunity(any());
    }

    @Test
    void givenBrokenMarkup_import_answersTheLineWithoutTheParsersText() throws Exception {
        mvc.perform(post("/api/v1/imports")
                        .with(httpBasic("admin", "secret"))
                        .contentType("application/json")
                        .content("{\"organizations\": ["))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.startsWith("ошибка разметки в строке 1")));
        then(importCommunity).should(never()).importCommunity(any());
    }

    @Test
    void givenAnUnknownField_import_answersAProblemNamingThePath_andCallsNoUseCase() throws Exception {
        mvc.perform(post("/api/v1/imports")
                        .with(httpBasic("admin", "secret"))
                        .contentType("application/yaml")
                        .content(YAML.replace("kind: CLUB", "knd: CLUB")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("community.knd"))
                .andExpect(jsonPath("$.errors[0].message").value("неизвестное поле «knd»"));

        then(importCommunity).should(never()).importCommunity(any());
    }

    @Test
    void givenAMissingPartTheImportNames_import_answers400WithThePath() throws Exception {
        given(importCommunity.importCommunity(any()))
                .willThrow(new ImportRefusedException("programs[0].stages[1].period.end", Problem.REQUIRED));

        mvc.perform(post("/api/v1/imports")
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("import.problem.required"))
                .andExpect(jsonPath("$.errors[0].field").value("programs[0].stages[1].period.end"))
                .andExpect(jsonPath("$.errors[0].message").value("a required field is missing"));
    }

    @Test
    void givenSeveralProblems_import_answersOneProblemListingEveryOneInErrors() throws Exception {
        given(importCommunity.importCommunity(any()))
                .willThrow(ImportRefusedException.of(List.of(
                        new ImportRefusedException("programs[0].stages[1].period.end", Problem.REQUIRED),
                        new ImportRefusedException("programs[0].activities[3].stage", Problem.UNKNOWN_KEY, "third"),
                        ImportRefusedException.refused(
                                "events[1].attendance", new DomainRuleViolation("program.notApproved", "черновик")))));

        mvc.perform(post("/api/v1/imports")
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("всего проблем: 3")))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[1].field").value("programs[0].activities[3].stage"))
                .andExpect(jsonPath("$.errors[1].message").value("нет записи с ключом «third»"))
                .andExpect(jsonPath("$.errors[2].message").value(org.hamcrest.Matchers.startsWith("отказ: ")));
    }

    @Test
    void givenAnEmptyBodyOrACutExport_import_answers400_andCallsNoUseCase() throws Exception {
        mvc.perform(post("/api/v1/imports")
                        .with(httpBasic("admin", "secret"))
                        .contentType("application/yaml")
                        .content("# nothing\n\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("import.problem.empty"));
        String cut = DocumentEnvelope.wrapYaml(YAML).replace("\n...\n", "\n");
        mvc.perform(post("/api/v1/imports")
                        .with(httpBasic("admin", "secret"))
                        .contentType("application/yaml")
                        .content(cut))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("import.problem.truncated"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("документ обрезан")));

        then(importCommunity).should(never()).importCommunity(any());
    }

    @Test
    void givenARuleRefusesAnEntry_import_answers422WithThePath() throws Exception {
        given(importCommunity.importCommunity(any()))
                .willThrow(ImportRefusedException.refused(
                        "events[1].attendance", new DomainRuleViolation("program.notApproved", "черновик")));

        mvc.perform(post("/api/v1/imports")
                        .with(httpBasic("admin", "secret"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JSON))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("events[1].attendance"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("отказ: ")));
    }

    @Test
    void givenACommunity_export_writesJsonByDefault_andYamlWhenAsked() throws Exception {
        given(exportCommunity.export(new CommunityId(COMMUNITY))).willReturn(DOCUMENT);

        mvc.perform(get("/api/v1/communities/{id}/export", COMMUNITY).with(httpBasic("admin", "secret")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.community.name").value("Клуб «Шаг»"))
                .andExpect(jsonPath("$.members").doesNotExist());
        String yaml = mvc.perform(get("/api/v1/communities/{id}/export", COMMUNITY)
                        .with(httpBasic("admin", "secret"))
                        .accept("application/yaml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/yaml"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(DocumentFormat.YAML.read(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(DOCUMENT);
        assertThat(yaml)
                .startsWith(DocumentEnvelope.YAML_FIRST_LINE + "\nsource: test\norganizations:\n")
                .endsWith("\n...\n");
    }

    @Test
    void givenNoCredentials_import_isRefused() throws Exception {
        mvc.perform(post("/api/v1/imports").contentType("application/yaml").content(YAML))
                .andExpect(status().isUnauthorized());

        then(importCommunity).should(never()).importCommunity(any());
    }
}
