package org.stepahead.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The browser pages' authorization matrix: every page and form action × every kind of caller, over the real browser
 * chain (form login, CSRF) and real data. A community's pages are for its members, its forms and actions for its
 * coordinators; founding communities and registering organizations for administrators; a signed-out visitor is sent
 * to the login page. Complete by construction, like the API's matrix: a page without a row fails the test.
 *
 * <p>Form posts carry a valid CSRF token and no fields: an allowed caller sees the form again with its messages (or a
 * refusal of the domain), a refused one gets 403 before any controller runs. Its own in-memory store keeps its
 * fixtures apart from the API matrix's.
 */
@ApiSecurityTest
@TestPropertySource(properties = "stepahead.storage=memory:browser-matrix")
class BrowserAuthorizationTest {

    /** The callers. */
    enum Who {
        ANONYMOUS,
        ADMIN,
        COORDINATOR_A,
        COORDINATOR_B,
        TUTOR_A,
        MEMBER_A,
        MEMBER_B
    }

    private static final Set<Who> EVERY_USER = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);
    private static final Set<Who> MEMBERS_OF_A = EnumSet.of(Who.ADMIN, Who.COORDINATOR_A, Who.TUTOR_A, Who.MEMBER_A);
    private static final Set<Who> COORDINATORS_OF_A = EnumSet.of(Who.ADMIN, Who.COORDINATOR_A);

    /** The pages every visitor may open: signing in, the error page. */
    private static final Set<String> OPEN = Set.of("GET /login", "GET /error", "POST /error", "ANY /error");

    /** One page or form action (as its handler mapping names it) and who may open it. */
    record Row(String method, String pattern, Set<Who> allowed) {
        String endpoint() {
            return method + " " + pattern;
        }
    }

    static final List<Row> MATRIX = List.of(
            new Row("GET", "/", EVERY_USER),
            new Row("GET", "/organizations/new", ADMINS),
            new Row("POST", "/organizations", ADMINS),
            new Row("GET", "/communities/new", ADMINS),
            new Row("POST", "/communities", ADMINS),
            new Row("GET", "/communities/{id}", MEMBERS_OF_A),
            new Row("GET", "/communities/{id}/edit", COORDINATORS_OF_A),
            new Row("POST", "/communities/{id}", COORDINATORS_OF_A),
            new Row("GET", "/communities/{id}/calendar", MEMBERS_OF_A),
            new Row("GET", "/communities/{id}/members/new", COORDINATORS_OF_A),
            new Row("POST", "/communities/{id}/members", COORDINATORS_OF_A),
            new Row("GET", "/communities/{communityId}/programs/new", COORDINATORS_OF_A),
            new Row("POST", "/communities/{communityId}/programs", COORDINATORS_OF_A),
            new Row("GET", "/programs/{id}", MEMBERS_OF_A),
            new Row("POST", "/programs/{id}/approve", COORDINATORS_OF_A),
            new Row("GET", "/programs/{id}/stages/new", COORDINATORS_OF_A),
            new Row("POST", "/programs/{id}/stages", COORDINATORS_OF_A),
            new Row("POST", "/programs/{id}/stages/{stageId}/start", COORDINATORS_OF_A),
            new Row("POST", "/programs/{id}/stages/{stageId}/close", COORDINATORS_OF_A),
            new Row("GET", "/programs/{id}/activities/new", COORDINATORS_OF_A),
            new Row("POST", "/programs/{id}/activities", COORDINATORS_OF_A),
            new Row("GET", "/programs/{id}/results/new", COORDINATORS_OF_A),
            new Row("POST", "/programs/{id}/results", COORDINATORS_OF_A),
            new Row("POST", "/programs/{id}/results/{resultId}/assess", COORDINATORS_OF_A),
            new Row("GET", "/programs/{id}/directions/new", COORDINATORS_OF_A),
            new Row("POST", "/programs/{id}/directions", COORDINATORS_OF_A),
            new Row("GET", "/programs/{id}/indicators/{indicatorId}/measurements/new", COORDINATORS_OF_A),
            new Row("POST", "/programs/{id}/indicators/{indicatorId}/measurements", COORDINATORS_OF_A),
            new Row("GET", "/programs/{id}/occurrences", MEMBERS_OF_A),
            new Row("POST", "/programs/{id}/events/generation", COORDINATORS_OF_A),
            new Row("GET", "/communities/{id}/events/new", COORDINATORS_OF_A),
            new Row("POST", "/communities/{id}/events", COORDINATORS_OF_A),
            new Row("GET", "/communities/{id}/attendance/events", MEMBERS_OF_A),
            new Row("GET", "/communities/{id}/attendance/members", MEMBERS_OF_A),
            new Row("GET", "/events/{id}", MEMBERS_OF_A),
            new Row("GET", "/events/{id}/attendance/new", COORDINATORS_OF_A),
            new Row("POST", "/events/{id}/attendance", COORDINATORS_OF_A),
            new Row("GET", "/events/{id}/minutes/new", COORDINATORS_OF_A),
            new Row("POST", "/events/{id}/minutes", COORDINATORS_OF_A),
            new Row("POST", "/events/{id}/cancel", COORDINATORS_OF_A),
            new Row("POST", "/events/{id}/reschedule", COORDINATORS_OF_A),
            new Row("GET", "/events/{id}/minutes/decisions/new", COORDINATORS_OF_A),
            new Row("POST", "/events/{id}/minutes/decisions", COORDINATORS_OF_A));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private SecurityFixtures fixtures;

    @BeforeAll
    void givenTwoCommunitiesWithTheirPeopleAndAccounts() throws Exception {
        fixtures = new SecurityFixtures(mvc).build();
    }

    @Test
    void everyBrowserPage_hasARowInTheMatrix() {
        Set<String> pages = SecurityFixtures.endpoints(
                handlerMapping,
                pattern ->
                        !pattern.startsWith("/api") && !pattern.startsWith("/v3") && !pattern.startsWith("/swagger"));
        pages.removeAll(OPEN);
        Set<String> rows = new TreeSet<>(MATRIX.stream().map(Row::endpoint).toList());

        assertThat(pages).as("the browser pages").isNotEmpty();
        assertThat(rows).as("pages without a row in the browser matrix").containsAll(pages);
        assertThat(pages).as("rows of the matrix naming no page").containsAll(rows);
    }

    @Test
    void givenAPlainMember_theProgramAndCommunityPages_offerNoActionTheyMayNotTake() throws Exception {
        String program = browse("/programs/" + fixtures.ids.get("programId"), Who.MEMBER_A);
        String community = browse("/communities/" + fixtures.ids.get("communityId"), Who.MEMBER_A);
        String communities = browse("/", Who.MEMBER_A);

        assertThat(program)
                .contains(fixtures.ids.get("programId"))
                .doesNotContain("/activities/new", "/results/new", "/stages/new", "/approve");
        assertThat(community).doesNotContain("/members/new", "/programs/new", "/edit");
        assertThat(communities).doesNotContain("/communities/new", "/organizations/new");
        String event = browse("/events/" + fixtures.ids.get("eventId"), Who.MEMBER_A);
        String month =
                browse("/communities/" + fixtures.ids.get("communityId") + "/calendar?month=2020-10", Who.MEMBER_A);
        assertThat(event).contains("Заседание клуба").doesNotContain("/attendance/new", "/minutes/new");
        assertThat(month).contains("/events/" + fixtures.ids.get("eventId")).doesNotContain("/events/new");
        assertThat(program)
                .contains("/occurrences")
                .doesNotContain("/directions/new", "/measurements/new", "/events/new");
    }

    @Test
    void givenTheCoordinator_theProgramAndCommunityPages_offerTheirActions() throws Exception {
        String program = browse("/programs/" + fixtures.ids.get("programId"), Who.COORDINATOR_A);
        String community = browse("/communities/" + fixtures.ids.get("communityId"), Who.COORDINATOR_A);

        assertThat(program).contains("/activities/new", "/results/new", "/stages/new", "/approve");
        assertThat(community).contains("/members/new", "/programs/new", "/edit");
        String event = browse("/events/" + fixtures.ids.get("eventId"), Who.COORDINATOR_A);
        String month = browse(
                "/communities/" + fixtures.ids.get("communityId") + "/calendar?month=2020-10", Who.COORDINATOR_A);
        assertThat(event).contains("/attendance/new", "/minutes/new");
        assertThat(month).contains("/events/new");
        assertThat(program).contains("/directions/new");
    }

    private String browse(String path, Who who) throws Exception {
        MockHttpServletResponse response = perform(new Row("GET", path, EVERY_USER), who);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : MATRIX) {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(row.endpoint(), who, row));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void everyPage_opensExactlyForItsCallers(String endpoint, Who who, Row row) throws Exception {
        MockHttpServletResponse response = perform(row, who);

        int status = response.getStatus();
        if (who == Who.ANONYMOUS) {
            assertThat(status).as(endpoint + " signed out").isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(endpoint + " signed out").endsWith("/login");
        } else if (row.allowed().contains(who)) {
            assertThat(status)
                    .as(endpoint + " as " + who + ": " + response.getContentAsString())
                    .isNotIn(401, 403)
                    .isLessThan(500);
        } else {
            assertThat(status).as(endpoint + " as " + who).isEqualTo(403);
        }
    }

    private MockHttpServletResponse perform(Row row, Who who) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), expand(row.pattern()));
        if (row.method().equals("POST")) {
            request.with(csrf());
        }
        if (who != Who.ANONYMOUS) {
            String username = who == Who.ADMIN ? SecurityFixtures.ADMIN : fixtures.usernames.get(camel(who));
            request.with(user(users.loadUserByUsername(username)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /**
     * The pattern with community A's, its program's or its event's id for {id} (a spare event's for cancelling, so that
     * the event the pages show stays scheduled), and fixtures' ids (or random ones) elsewhere.
     */
    private String expand(String pattern) {
        String id = pattern.startsWith("/programs/")
                ? "programId"
                : pattern.equals("/events/{id}/cancel")
                        ? "spareEventId"
                        : pattern.startsWith("/events/") ? "eventId" : "communityId";
        return fixtures.expand(pattern.replace("{id}", "{" + id + "}")
                .replace("{stageId}", UUID.randomUUID().toString())
                .replace("{resultId}", UUID.randomUUID().toString()));
    }

    /** COORDINATOR_A → coordinatorA, the fixtures' name of the person. */
    private static String camel(Who who) {
        String[] parts = who.name().toLowerCase().split("_");
        return parts[0] + parts[1].toUpperCase();
    }
}
