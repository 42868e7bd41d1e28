package org.stepahead.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data for the security tests, made through the API as the administrator: community A (a coordinator, a
 * tutor, their tutee, a plain member, a program, an event) and community B (a coordinator, a member), an account
 * for each person, an API token of A's coordinator and a revoked one of A's member.
 */
final class SecurityFixtures {

    /**
     * The service's endpoints as "METHOD /pattern" ("ANY /pattern" for a mapping without a method) whose pattern the
     * filter accepts — what an authorization matrix must have a row for.
     */
    static Set<String> endpoints(RequestMappingHandlerMapping handlerMapping, Predicate<String> patterns) {
        Set<String> endpoints = new TreeSet<>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (patterns.test(pattern)) {
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + pattern);
                    }
                    methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        });
        return endpoints;
    }

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-secret-1";
    static final String PASSWORD = "password-123";

    private final MockMvc mvc;
    final Map<String, String> ids = new HashMap<>();
    final Map<String, String> usernames = new HashMap<>();
    String coordinatorToken;
    String revokedToken;
    String memberToken;

    SecurityFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    SecurityFixtures build() throws Exception {
        String organization = created(asAdmin(post("/api/v1/organizations"), """
        {"name": "МАОУ «Лицей» №21", "kind": "LYCEUM", "municipality": "Тамбов"}"""));
        ids.put("organizationId", organization);
        String a = community(organization, "Клуб А");
        String b = community(organization, "Клуб Б");
        ids.put("communityId", a);
        ids.put("communityB", b);

        member("coordinatorA", a, "COORDINATOR", "EXPERIENCED");
        member("coordinatorB", b, "COORDINATOR", "EXPERIENCED");
        String tutor = member("tutorA", a, "TUTOR", "EXPERIENCED");
        String tutee = member("tuteeA", a, "TUTEE", "YOUNG");
        member("memberA", a, "MEMBER", "EXPERIENCED");
        member("memberB", b, "MEMBER", "EXPERIENCED");
        ok(asAdmin(post("/api/v1/members/" + tutee + "/tutors"), """
        {"tutorId": "%s", "since": "2020-09-15"}""".formatted(tutor)));
        ids.put("membershipId", tutee);
        ids.put("tuteeId", tutee);
        ids.put("tutorId", tutor);
        ids.put("educatorId", ids.get("tuteeA.educator"));

        ids.put("programId", created(asAdmin(post("/api/v1/communities/" + a + "/programs"), """
        {"kind": "PROJECT", "title": "Наставничество", "goal": "Сопровождение молодых педагогов",
         "tasks": ["Закрепить наставников"], "periodStart": "2020-09-01", "periodEnd": "2020-12-31"}""")));
        ids.put("eventId", created(asAdmin(post("/api/v1/communities/" + a + "/events"), """
        {"title": "Заседание клуба", "form": "MEETING", "date": "2020-10-15", "startsAt": "15:00"}""")));
        // an event of community A that a permitted call may cancel, so that the one above stays scheduled
        ids.put("spareEventId", created(asAdmin(post("/api/v1/communities/" + a + "/events"), """
        {"title": "Запасное заседание", "date": "2020-10-22"}""")));
        ids.put("accountId", created(asAdmin(post("/api/v1/accounts"), """
        {"username": "victim", "password": "%s"}""".formatted(PASSWORD))));

        coordinatorToken = token("coordinatorA", "скрипт");
        memberToken = token("memberA", "календарь");
        revokedToken = token("memberA", "старый");
        String revokedId = null;
        for (JsonNode t : json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/account/tokens")
                        .with(httpBasic(usernames.get("memberA"), PASSWORD)))
                .andReturn()
                .getResponse())) {
            if (t.path("name").asString().equals("старый")) {
                revokedId = t.path("id").asString();
            }
        }
        assertThat(mvc.perform(delete("/api/v1/account/tokens/" + revokedId)
                                .with(httpBasic(usernames.get("memberA"), PASSWORD)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(204);
        return this;
    }

    private String community(String organization, String name) throws Exception {
        return created(asAdmin(post("/api/v1/communities"), """
        {"name": "%s", "kind": "CLUB", "level": "MUNICIPAL", "coordinatingOrganization": "%s"}""".formatted(name, organization)));
    }

    /** An educator with an account, admitted to the community with the role; returns the membership. */
    private String member(String who, String community, String role, String experience) throws Exception {
        String educator = created(asAdmin(post("/api/v1/educators"), """
        {"surname": "%s", "givenName": "Тест", "experience": "%s"}""".formatted(who, experience)));
        String membership =
                created(asAdmin(post("/api/v1/communities/" + community + "/members"), """
        {"educatorId": "%s", "roles": ["%s"], "joinedOn": "2020-09-01", "consentGivenOn": "2020-09-01"}""".formatted(educator, role)));
        String username = who.toLowerCase();
        created(asAdmin(post("/api/v1/accounts"), """
        {"username": "%s", "password": "%s", "educatorId": "%s"}""".formatted(username, PASSWORD, educator)));
        usernames.put(who, username);
        ids.put(who + ".educator", educator);
        ids.put(who + ".membership", membership);
        return membership;
    }

    String token(String who, String name) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/account/tokens")
                        .with(httpBasic(usernames.get(who), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\"}"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json(response).path("token").asString();
    }

    MockHttpServletResponse asAdmin(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(httpBasic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
    }

    static String created(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json(response).path("id").asString();
    }

    private static void ok(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isLessThan(300);
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JsonMapper.shared().readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The pattern with every {variable} replaced by a fixture's id (a random one for parts nobody checks). */
    String expand(String pattern) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(pattern);
        while (m.find()) {
            m.appendReplacement(
                    out, ids.getOrDefault(m.group(1), UUID.randomUUID().toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
