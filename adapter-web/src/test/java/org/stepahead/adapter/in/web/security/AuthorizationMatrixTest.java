package org.stepahead.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.stepahead.adapter.in.web.security.AuthorizationMatrixTest.Who.ADMIN;
import static org.stepahead.adapter.in.web.security.AuthorizationMatrixTest.Who.ANONYMOUS;
import static org.stepahead.adapter.in.web.security.AuthorizationMatrixTest.Who.COORDINATOR_A;
import static org.stepahead.adapter.in.web.security.AuthorizationMatrixTest.Who.COORDINATOR_B;
import static org.stepahead.adapter.in.web.security.AuthorizationMatrixTest.Who.MEMBER_A;
import static org.stepahead.adapter.in.web.security.AuthorizationMatrixTest.Who.MEMBER_B;
import static org.stepahead.adapter.in.web.security.AuthorizationMatrixTest.Who.REVOKED_TOKEN;
import static org.stepahead.adapter.in.web.security.AuthorizationMatrixTest.Who.TOKEN_COORDINATOR_A;
import static org.stepahead.adapter.in.web.security.AuthorizationMatrixTest.Who.TUTEE_A;
import static org.stepahead.adapter.in.web.security.AuthorizationMatrixTest.Who.TUTOR_A;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix: every API endpoint × every kind of caller, allowed or refused, over the real security
 * chain and real data. Complete by construction: {@link #everyApiEndpoint_hasARowInTheMatrix} fails when an endpoint
 * under {@code /api} has no row, so an endpoint added later cannot slip through unreviewed.
 *
 * <p>Requests that carry a body send malformed JSON: an allowed caller gets 400 from the controller (nothing
 * changes, so the rows do not disturb each other), a refused one 403 from the security chain before the controller
 * runs; anonymous callers and revoked tokens always get 401.
 */
@ApiSecurityTest
class AuthorizationMatrixTest {

    /** The callers of the matrix. */
    enum Who {
        ANONYMOUS,
        ADMIN,
        COORDINATOR_A,
        COORDINATOR_B,
        TUTOR_A,
        TUTEE_A,
        MEMBER_A,
        MEMBER_B,
        TOKEN_COORDINATOR_A,
        REVOKED_TOKEN
    }

    private static final Set<Who> EVERY_USER =
            EnumSet.of(ADMIN, COORDINATOR_A, COORDINATOR_B, TUTOR_A, TUTEE_A, MEMBER_A, MEMBER_B, TOKEN_COORDINATOR_A);
    private static final Set<Who> ADMINS = EnumSet.of(ADMIN);
    private static final Set<Who> ANY_COORDINATOR =
            EnumSet.of(ADMIN, COORDINATOR_A, COORDINATOR_B, TOKEN_COORDINATOR_A);
    private static final Set<Who> MEMBERS_OF_A =
            EnumSet.of(ADMIN, COORDINATOR_A, TUTOR_A, TUTEE_A, MEMBER_A, TOKEN_COORDINATOR_A);
    private static final Set<Who> COORDINATORS_OF_A = EnumSet.of(ADMIN, COORDINATOR_A, TOKEN_COORDINATOR_A);
    /** Who sees the tutee's membership with its tutoring links: the tutee, their tutor, A's coordinators. */
    private static final Set<Who> TUTEE_CIRCLE =
            EnumSet.of(ADMIN, COORDINATOR_A, TOKEN_COORDINATOR_A, TUTOR_A, TUTEE_A);
    /** The tutee's educator record: the educator themself and coordinators. */
    private static final Set<Who> EDUCATOR_READERS =
            EnumSet.of(ADMIN, COORDINATOR_A, COORDINATOR_B, TOKEN_COORDINATOR_A, TUTEE_A);

    /** One endpoint (as its handler mapping names it) and who may call it. */
    record Row(String method, String pattern, Set<Who> allowed) {
        String endpoint() {
            return method + " " + pattern;
        }
    }

    static final List<Row> MATRIX = List.of(
            // the signed-in user's own account
            new Row("GET", "/api/v1/account", EVERY_USER),
            new Row("PUT", "/api/v1/account/password", EVERY_USER),
            new Row("POST", "/api/v1/account/tokens", EVERY_USER),
            new Row("GET", "/api/v1/account/tokens", EVERY_USER),
            new Row("DELETE", "/api/v1/account/tokens/{tokenId}", EVERY_USER),
            // account administration
            new Row("POST", "/api/v1/accounts", ADMINS),
            new Row("GET", "/api/v1/accounts", ADMINS),
            new Row("GET", "/api/v1/accounts/{accountId}", ADMINS),
            new Row("PUT", "/api/v1/accounts/{accountId}/password", ADMINS),
            new Row("POST", "/api/v1/accounts/{accountId}/disable", ADMINS),
            new Row("POST", "/api/v1/accounts/{accountId}/enable", ADMINS),
            // registries
            new Row("POST", "/api/v1/organizations", ADMINS),
            new Row("GET", "/api/v1/organizations", EVERY_USER),
            new Row("GET", "/api/v1/organizations/{organizationId}", EVERY_USER),
            new Row("POST", "/api/v1/educators", ANY_COORDINATOR),
            new Row("POST", "/api/v1/educators/bulk", ANY_COORDINATOR),
            new Row("GET", "/api/v1/educators/{educatorId}", EDUCATOR_READERS),
            // communities
            new Row("POST", "/api/v1/communities", ADMINS),
            new Row("GET", "/api/v1/communities", EVERY_USER),
            new Row("GET", "/api/v1/communities/{communityId}", MEMBERS_OF_A),
            new Row("PUT", "/api/v1/communities/{communityId}", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/communities/{communityId}/days-off", COORDINATORS_OF_A),
            new Row("DELETE", "/api/v1/communities/{communityId}/days-off/{from}", COORDINATORS_OF_A),
            new Row("GET", "/api/v1/communities/{communityId}/export", MEMBERS_OF_A),
            // import of whole community documents
            new Row("POST", "/api/v1/imports", ADMINS),
            // members and tutoring
            new Row("POST", "/api/v1/communities/{communityId}/members", COORDINATORS_OF_A),
            new Row("GET", "/api/v1/communities/{communityId}/members", MEMBERS_OF_A),
            new Row("GET", "/api/v1/members/{membershipId}", TUTEE_CIRCLE),
            new Row("PUT", "/api/v1/members/{membershipId}/roles", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/members/{membershipId}/leave", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/members/{tuteeId}/tutors", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/members/{tuteeId}/tutors/{tutorId}/end", COORDINATORS_OF_A),
            // programs
            new Row("POST", "/api/v1/communities/{communityId}/programs", COORDINATORS_OF_A),
            new Row("GET", "/api/v1/communities/{communityId}/programs", MEMBERS_OF_A),
            new Row("GET", "/api/v1/programs/{programId}", MEMBERS_OF_A),
            new Row("PUT", "/api/v1/programs/{programId}", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/programs/{programId}/approval", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/programs/{programId}/stages", COORDINATORS_OF_A),
            new Row("GET", "/api/v1/programs/{programId}/stages/{stageId}", MEMBERS_OF_A),
            new Row("PUT", "/api/v1/programs/{programId}/stages/{stageId}", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/programs/{programId}/stages/{stageId}/start", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/programs/{programId}/stages/{stageId}/close", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/programs/{programId}/directions", COORDINATORS_OF_A),
            new Row("GET", "/api/v1/programs/{programId}/directions/{directionId}", MEMBERS_OF_A),
            new Row("PUT", "/api/v1/programs/{programId}/directions/{directionId}", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/programs/{programId}/activities", COORDINATORS_OF_A),
            new Row("GET", "/api/v1/programs/{programId}/activities/{activityId}", MEMBERS_OF_A),
            new Row("PUT", "/api/v1/programs/{programId}/activities/{activityId}", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/programs/{programId}/results", COORDINATORS_OF_A),
            new Row("GET", "/api/v1/programs/{programId}/results/{resultId}", MEMBERS_OF_A),
            new Row("PUT", "/api/v1/programs/{programId}/results/{resultId}", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/programs/{programId}/results/{resultId}/assessment", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/programs/{programId}/indicators", COORDINATORS_OF_A),
            new Row("GET", "/api/v1/programs/{programId}/indicators/{indicatorId}", MEMBERS_OF_A),
            new Row("PUT", "/api/v1/programs/{programId}/indicators/{indicatorId}", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/programs/{programId}/indicators/{indicatorId}/measurements", COORDINATORS_OF_A),
            // events
            new Row("POST", "/api/v1/communities/{communityId}/events", COORDINATORS_OF_A),
            new Row("GET", "/api/v1/communities/{communityId}/events", MEMBERS_OF_A),
            new Row("GET", "/api/v1/events/{eventId}", MEMBERS_OF_A),
            new Row("POST", "/api/v1/events/{eventId}/attendance", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/events/{eventId}/minutes", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/events/{eventId}/cancel", COORDINATORS_OF_A),
            new Row("POST", "/api/v1/events/{eventId}/reschedule", COORDINATORS_OF_A),
            // events from schedules, attendance counts, decisions into the plan
            new Row("GET", "/api/v1/programs/{programId}/occurrences", MEMBERS_OF_A),
            // calendar feeds
            new Row("GET", "/api/v1/communities/{communityId}/calendar.ics", MEMBERS_OF_A),
            new Row("GET", "/api/v1/programs/{programId}/calendar.ics", MEMBERS_OF_A),
            new Row("POST", "/api/v1/programs/{programId}/events/generation", COORDINATORS_OF_A),
            new Row("GET", "/api/v1/communities/{communityId}/attendance/events", MEMBERS_OF_A),
            new Row("GET", "/api/v1/communities/{communityId}/attendance/members", MEMBERS_OF_A),
            new Row("GET", "/api/v1/programs/{programId}/attendance/events", MEMBERS_OF_A),
            new Row("GET", "/api/v1/programs/{programId}/attendance/members", MEMBERS_OF_A),
            new Row("POST", "/api/v1/events/{eventId}/minutes/decisions", COORDINATORS_OF_A));

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private SecurityFixtures fixtures;

    @BeforeAll
    void givenTwoCommunitiesWithTheirPeopleAndAccounts() throws Exception {
        fixtures = new SecurityFixtures(mvc).build();
    }

    @Test
    void everyApiEndpoint_hasARowInTheMatrix() {
        Set<String> endpoints = SecurityFixtures.endpoints(handlerMapping, pattern -> pattern.startsWith("/api"));
        Set<String> rows = new TreeSet<>(MATRIX.stream().map(Row::endpoint).toList());

        assertThat(endpoints).as("the API's endpoints").isNotEmpty();
        assertThat(rows)
                .as("endpoints of the API without a row in the authorization matrix")
                .containsAll(endpoints);
        assertThat(endpoints).as("rows of the matrix naming no endpoint").containsAll(rows);
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
    void everyEndpoint_allowsExactlyItsCallers(String endpoint, Who who, Row row) throws Exception {
        MockHttpServletResponse response = perform(row, who);

        int status = response.getStatus();
        if (who == ANONYMOUS || who == REVOKED_TOKEN) {
            assertThat(status).as(endpoint + " as " + who).isEqualTo(401);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        } else if (row.allowed().contains(who)) {
            assertThat(status)
                    .as(endpoint + " as " + who + ": " + response.getContentAsString())
                    .isNotIn(401, 403)
                    .isLessThan(500);
        } else {
            assertThat(status)
                    .as(endpoint + " as " + who + ": " + response.getContentAsString())
                    .isEqualTo(403);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }

    private MockHttpServletResponse perform(Row row, Who who) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), fixtures.expand(row.pattern()));
        if (row.method().equals("POST") || row.method().equals("PUT")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{");
        }
        switch (who) {
            case ANONYMOUS -> {}
            case ADMIN -> request.with(httpBasic(SecurityFixtures.ADMIN, SecurityFixtures.ADMIN_PASSWORD));
            case TOKEN_COORDINATOR_A ->
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + fixtures.coordinatorToken);
            case REVOKED_TOKEN -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + fixtures.revokedToken);
            default -> request.with(httpBasic(fixtures.usernames.get(camel(who)), SecurityFixtures.PASSWORD));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** COORDINATOR_A → coordinatorA, the fixtures' name of the person. */
    private static String camel(Who who) {
        String[] parts = who.name().toLowerCase().split("_");
        return parts[0] + parts[1].toUpperCase();
    }
}
