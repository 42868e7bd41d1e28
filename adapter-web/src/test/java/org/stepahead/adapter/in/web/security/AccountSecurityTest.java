package org.stepahead.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;

/** Accounts and tokens over the real security chain: hashes kept, tokens revoked or expired, disabled accounts. */
@ApiSecurityTest
class AccountSecurityTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-23T12:00:00Z"));

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuthenticateAccountUseCase authenticateAccount;

    private SecurityFixtures fixtures;

    @BeforeAll
    void givenTwoCommunitiesWithTheirPeopleAndAccounts() throws Exception {
        fixtures = new SecurityFixtures(mvc).build();
    }

    @Test
    void givenAnAccountCreatedThroughTheApi_theStoreKeepsABcryptHashNotThePassword() throws Exception {
        SecurityFixtures.created(fixtures.asAdmin(post("/api/v1/accounts"), """
        {"username": "Hashed", "password": "the-password-1"}"""));

        String hash = authenticateAccount.byUsername("hashed").orElseThrow().passwordHash();

        assertThat(hash).startsWith("$2").doesNotContain("the-password-1");
        assertThat(passwordEncoder.matches("the-password-1", hash)).isTrue();
        assertThat(status(get("/api/v1/account").with(httpBasic("HASHED", "the-password-1"))))
                .as("any case")
                .isEqualTo(200);
        assertThat(status(get("/api/v1/account").with(httpBasic("hashed", "wrong-password"))))
                .isEqualTo(401);
    }

    @Test
    void givenAWeakPassword_createAccount_isRefusedNamingTheField() throws Exception {
        MockHttpServletResponse response = fixtures.asAdmin(post("/api/v1/accounts"), """
        {"username": "weak", "password": "short"}""");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("password");
    }

    @Test
    void givenATakenUsernameInAnotherCase_createAccount_isRefused() throws Exception {
        assertThat(fixtures.asAdmin(post("/api/v1/accounts"), """
        {"username": "MEMBERA", "password": "password-123"}""").getStatus()).isEqualTo(422);
    }

    @Test
    void givenAToken_itSignsInUntilRevoked() throws Exception {
        String token = fixtures.token("memberA", "временный");
        assertThat(status(get("/api/v1/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)))
                .isEqualTo(200);
        String id = tokenId("memberA", "временный");

        assertThat(status(delete("/api/v1/account/tokens/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)))
                .isEqualTo(204);

        MockHttpServletResponse refused = mvc.perform(
                        get("/api/v1/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void givenAnExpiringToken_itSignsInUntilItsExpiry() throws Exception {
        MockHttpServletResponse issued = mvc.perform(post("/api/v1/account/tokens")
                        .with(httpBasic("memberb", SecurityFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"на час\", \"expiresAt\": \""
                                + CLOCK.instant().plus(Duration.ofHours(1)) + "\"}"))
                .andReturn()
                .getResponse();
        assertThat(issued.getStatus()).as(issued.getContentAsString()).isEqualTo(201);
        String token = SecurityFixtures.json(issued).path("token").asString();
        assertThat(status(get("/api/v1/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)))
                .isEqualTo(200);

        CLOCK.advance(Duration.ofHours(2));
        try {
            assertThat(status(get("/api/v1/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)))
                    .isEqualTo(401);
        } finally {
            CLOCK.advance(Duration.ofHours(-2));
        }
    }

    @Test
    void givenAnUnknownToken_theRequestIsRefusedNotServedAsAnonymous() throws Exception {
        assertThat(status(get("/actuator/health").header(HttpHeaders.AUTHORIZATION, "Bearer sa_nonsense")))
                .isEqualTo(401);
        assertThat(status(get("/api/v1/organizations").header(HttpHeaders.AUTHORIZATION, "Bearer sa_nonsense")))
                .isEqualTo(401);
    }

    @Test
    void givenADisabledAccount_neitherItsPasswordNorItsTokenSignsIn() throws Exception {
        String id = SecurityFixtures.created(fixtures.asAdmin(post("/api/v1/accounts"), """
        {"username": "leaving", "password": "password-123"}"""));
        fixtures.usernames.put("leaving", "leaving");
        String token = fixtures.token("leaving", "скрипт");

        assertThat(fixtures.asAdmin(post("/api/v1/accounts/" + id + "/disable"), "")
                        .getStatus())
                .isEqualTo(204);

        assertThat(status(get("/api/v1/account").with(httpBasic("leaving", "password-123"))))
                .isEqualTo(401);
        assertThat(status(get("/api/v1/account").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)))
                .isEqualTo(401);
        assertThat(fixtures.asAdmin(post("/api/v1/accounts/" + id + "/enable"), "")
                        .getStatus())
                .isEqualTo(204);
        assertThat(status(get("/api/v1/account").with(httpBasic("leaving", "password-123"))))
                .isEqualTo(200);
    }

    @Test
    void givenTheOnlyAdministrator_disablingIt_isRefused() throws Exception {
        String me = SecurityFixtures.json(mvc.perform(get("/api/v1/account")
                                .with(httpBasic(SecurityFixtures.ADMIN, SecurityFixtures.ADMIN_PASSWORD)))
                        .andReturn()
                        .getResponse())
                .path("id")
                .asString();

        assertThat(fixtures.asAdmin(post("/api/v1/accounts/" + me + "/disable"), "")
                        .getStatus())
                .isEqualTo(422);
    }

    @Test
    void givenTheCurrentPassword_changeOwnPassword_replacesIt() throws Exception {
        SecurityFixtures.created(fixtures.asAdmin(post("/api/v1/accounts"), """
        {"username": "changer", "password": "password-123"}"""));

        assertThat(status(put("/api/v1/account/password")
                        .with(httpBasic("changer", "password-123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"wrong-one\", \"newPassword\": \"new-password-456\"}")))
                .isEqualTo(422);
        assertThat(status(put("/api/v1/account/password")
                        .with(httpBasic("changer", "password-123"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"password-123\", \"newPassword\": \"new-password-456\"}")))
                .isEqualTo(204);

        assertThat(status(get("/api/v1/account").with(httpBasic("changer", "password-123"))))
                .isEqualTo(401);
        assertThat(status(get("/api/v1/account").with(httpBasic("changer", "new-password-456"))))
                .isEqualTo(200);
    }

    @Test
    void givenAMember_account_showsTheirRolesPerCommunity() throws Exception {
        MockHttpServletResponse me = mvc.perform(
                        get("/api/v1/account").with(httpBasic("tutora", SecurityFixtures.PASSWORD)))
                .andReturn()
                .getResponse();

        assertThat(SecurityFixtures.json(me)
                        .path("communities")
                        .get(0)
                        .path("communityId")
                        .asString())
                .isEqualTo(fixtures.ids.get("communityId"));
        assertThat(SecurityFixtures.json(me)
                        .path("communities")
                        .get(0)
                        .path("roles")
                        .get(0)
                        .asString())
                .isEqualTo("TUTOR");
    }

    @Test
    void givenATokenInTheQuery_onlyACalendarFeedGetAcceptsIt() throws Exception {
        String community = fixtures.ids.get("communityId");
        String feed = "/api/v1/communities/" + community + "/calendar.ics";

        assertThat(status(get(feed).param("access_token", fixtures.memberToken)))
                .as("feed with token")
                .isNotIn(401, 403);
        assertThat(status(get(feed))).as("feed without token").isEqualTo(401);
        assertThat(status(get(feed).param("access_token", "sa_wrong")))
                .as("feed with a wrong token")
                .isEqualTo(401);
        assertThat(status(get("/api/v1/communities/" + community).param("access_token", fixtures.memberToken)))
                .as("not a feed")
                .isEqualTo(401);
        assertThat(status(post(feed).param("access_token", fixtures.memberToken)))
                .as("not a GET")
                .isEqualTo(401);
        assertThat(status(get("/api/v1/communities/" + fixtures.ids.get("communityB") + "/calendar.ics")
                        .param("access_token", fixtures.memberToken)))
                .as("another community's feed")
                .isEqualTo(403);
    }

    @Test
    void givenAnUnknownOrMalformedId_aNonAdministratorIsRefusedLikeForAnotherCommunity() throws Exception {
        String unknown = "/api/v1/programs/" + UUID.randomUUID();

        assertThat(status(get(unknown).with(httpBasic("coordinatora", SecurityFixtures.PASSWORD))))
                .isEqualTo(403);
        assertThat(status(get("/api/v1/programs/not-an-id").with(httpBasic("coordinatora", SecurityFixtures.PASSWORD))))
                .isEqualTo(403);
        assertThat(status(get(unknown).with(httpBasic(SecurityFixtures.ADMIN, SecurityFixtures.ADMIN_PASSWORD))))
                .isEqualTo(404);
    }

    @Test
    void givenAnEndpointNoRuleNames_onlyAdministratorsPass() throws Exception {
        assertThat(status(get("/api/v1/reports").with(httpBasic("coordinatora", SecurityFixtures.PASSWORD))))
                .isEqualTo(403);
        assertThat(status(get("/api/v1/reports")
                        .with(httpBasic(SecurityFixtures.ADMIN, SecurityFixtures.ADMIN_PASSWORD))))
                .isEqualTo(404);
    }

    @Test
    void givenANewEndpointNestedUnderACommunity_itsCommunityDecides() throws Exception {
        String nested = "/api/v1/communities/" + fixtures.ids.get("communityId") + "/reports";

        assertThat(status(get(nested).with(httpBasic("membera", SecurityFixtures.PASSWORD))))
                .isEqualTo(404);
        assertThat(status(get(nested).with(httpBasic("memberb", SecurityFixtures.PASSWORD))))
                .isEqualTo(403);
        assertThat(status(post(nested).with(httpBasic("membera", SecurityFixtures.PASSWORD))))
                .isEqualTo(403);
        assertThat(status(post(nested).with(httpBasic("coordinatora", SecurityFixtures.PASSWORD))))
                .isNotIn(401, 403);
    }

    @Test
    void givenHealthAndTheApiDescription_anonymousCallersSeeThem() throws Exception {
        assertThat(status(get("/actuator/health"))).isEqualTo(200);
        assertThat(status(get("/v3/api-docs"))).isEqualTo(200);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String tokenId(String who, String name) throws Exception {
        for (var t : SecurityFixtures.json(mvc.perform(get("/api/v1/account/tokens")
                        .with(httpBasic(fixtures.usernames.get(who), SecurityFixtures.PASSWORD)))
                .andReturn()
                .getResponse())) {
            if (t.path("name").asString().equals(name)) {
                return t.path("id").asString();
            }
        }
        throw new AssertionError("no token " + name);
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
