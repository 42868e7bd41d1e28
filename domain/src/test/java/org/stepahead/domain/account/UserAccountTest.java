package org.stepahead.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepahead.domain.educator.EducatorId;

class UserAccountTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");
    private static final String HASH = "a".repeat(64);
    private static final String OTHER_HASH = "b".repeat(64);

    private static UserAccount account() {
        return UserAccount.create(AccountId.random(), " filatova ", "$2a$10$hash", false, EducatorId.random());
    }

    @Test
    void givenAUsername_create_trimsItOpensEnabledAndRecordsTheEvent() {
        UserAccount account = account();

        assertThat(account.username()).isEqualTo("filatova");
        assertThat(account.enabled()).isTrue();
        assertThat(account.tokens()).isEmpty();
        assertThat(account.pullEvents()).containsExactly(new AccountCreated(account.getId(), "filatova", false));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"ab", "with space", "semi;colon", "quote\"", "slash/"})
    void givenAMalformedUsername_create_isRefused(String username) {
        assertRefused(
                () -> UserAccount.create(AccountId.random(), username, "$2a$10$hash", false, null),
                "account.username.invalid");
    }

    @Test
    void givenAUsernameLongerThanTheLimit_create_isRefused() {
        assertRefused(
                () -> UserAccount.create(AccountId.random(), "a".repeat(65), "h", false, null),
                "account.username.invalid");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"ivanova", "e.n.filatova@school1.ru", "Иванова_2", "a-b"})
    void givenAWellFormedUsername_create_acceptsIt(String username) {
        assertThat(UserAccount.create(AccountId.random(), username, "h", false, null)
                        .username())
                .isEqualTo(username);
    }

    @Test
    void givenNoPasswordHash_create_isRefused() {
        assertRefused(() -> UserAccount.create(AccountId.random(), "ivanova", " ", false, null), "required");
    }

    @Test
    void givenAnOverlongPasswordHash_changePassword_isRefused() {
        assertRefused(() -> account().changePassword("x".repeat(201)), "account.passwordHash.tooLong");
    }

    @Test
    void givenANewHash_changePassword_keepsIt() {
        UserAccount account = account();

        account.changePassword("$2a$10$other");

        assertThat(account.passwordHash()).isEqualTo("$2a$10$other");
    }

    @Test
    void usernameKey_foldsCaseAndTrims() {
        assertThat(UserAccount.usernameKey(" Ivanova "))
                .isEqualTo(UserAccount.usernameKey("IVANOVA"))
                .isEqualTo("ivanova");
    }

    @Test
    void givenAToken_acceptsToken_onlyForItsHashWhileActive() {
        UserAccount account = account();
        account.issueToken(ApiTokenId.random(), "calendar", HASH, NOON, NOON.plus(Duration.ofDays(1)));

        assertThat(account.acceptsToken(HASH, NOON.plusSeconds(60))).isTrue();
        assertThat(account.acceptsToken(OTHER_HASH, NOON.plusSeconds(60))).isFalse();
        assertThat(account.acceptsToken(HASH, NOON.plus(Duration.ofDays(1))))
                .as("expired")
                .isFalse();
    }

    @Test
    void givenARevokedToken_acceptsToken_isFalse() {
        UserAccount account = account();
        ApiToken token = account.issueToken(ApiTokenId.random(), "script", HASH, NOON, null);

        account.revokeToken(token.id(), NOON.plusSeconds(5));

        assertThat(account.acceptsToken(HASH, NOON.plusSeconds(10))).isFalse();
        assertThat(account.tokens())
                .singleElement()
                .satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    void givenADisabledAccount_acceptsToken_isFalse() {
        UserAccount account = account();
        account.issueToken(ApiTokenId.random(), "script", HASH, NOON, null);

        account.disable();

        assertThat(account.acceptsToken(HASH, NOON)).isFalse();
        account.enable();
        assertThat(account.acceptsToken(HASH, NOON)).isTrue();
    }

    @Test
    void givenADisabledAccount_issueToken_isRefused() {
        UserAccount account = account();
        account.disable();

        assertRefused(() -> account.issueToken(ApiTokenId.random(), "script", HASH, NOON, null), "account.disabled");
    }

    @Test
    void givenTheMostActiveTokens_issueToken_isRefusedUntilOneIsRevoked() {
        UserAccount account = account();
        ApiToken first = null;
        for (int i = 0; i < UserAccount.MAX_ACTIVE_TOKENS; i++) {
            ApiToken token = account.issueToken(ApiTokenId.random(), "t" + i, "%064x".formatted(i), NOON, null);
            first = first == null ? token : first;
        }

        assertRefused(
                () -> account.issueToken(ApiTokenId.random(), "one more", HASH, NOON, null), "account.token.tooMany");
        account.revokeToken(first.id(), NOON);
        assertThat(account.issueToken(ApiTokenId.random(), "one more", HASH, NOON, null)
                        .name())
                .isEqualTo("one more");
    }

    @Test
    void givenATokenOfTheSameHash_issueToken_isRefused() {
        UserAccount account = account();
        account.issueToken(ApiTokenId.random(), "first", HASH, NOON, null);

        assertRefused(() -> account.issueToken(ApiTokenId.random(), "second", HASH, NOON, null), "duplicateId");
    }

    @Test
    void givenAnExpiryNotAfterTheIssue_issueToken_isRefused() {
        assertRefused(
                () -> account().issueToken(ApiTokenId.random(), "script", HASH, NOON, NOON),
                "account.token.expiryNotAfterIssue");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {"plain-token-value", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789", "abc"})
    void givenSomethingOtherThanASha256Hash_issueToken_isRefused(String hash) {
        assertRefused(
                () -> account().issueToken(ApiTokenId.random(), "script", hash, NOON, null),
                "account.token.hashMalformed");
    }

    @Test
    void givenAnOverlongName_issueToken_isRefused() {
        assertRefused(
                () -> account().issueToken(ApiTokenId.random(), "n".repeat(101), HASH, NOON, null),
                "account.token.nameTooLong");
    }

    @Test
    void givenARevokedToken_revokeAgain_isRefused() {
        UserAccount account = account();
        ApiToken token = account.issueToken(ApiTokenId.random(), "script", HASH, NOON, null);
        account.revokeToken(token.id(), NOON);

        assertRefused(() -> account.revokeToken(token.id(), NOON), "account.token.alreadyRevoked");
    }

    @Test
    void givenAnUnknownToken_revoke_isNotFound() {
        assertRefused(() -> account().revokeToken(ApiTokenId.random(), NOON), "notFound");
    }

    @Test
    void givenAnAccount_snapshotAndRestore_giveTheSameState() {
        UserAccount account = account();
        account.issueToken(ApiTokenId.random(), "script", HASH, NOON, NOON.plusSeconds(3600));

        UserAccount restored = UserAccount.restore(account.snapshot());

        assertThat(restored.snapshot()).isEqualTo(account.snapshot());
    }
}
