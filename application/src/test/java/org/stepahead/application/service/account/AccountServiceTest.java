package org.stepahead.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.ChangePasswordCommand;
import org.stepahead.application.port.in.account.CreateAccountCommand;
import org.stepahead.application.port.in.account.IssueApiTokenCommand;
import org.stepahead.application.port.in.account.IssuedApiToken;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.UserAccount;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;

class AccountServiceTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    private final FakeAccounts accounts = new FakeAccounts();
    private final EducatorRepository educators = mock(EducatorRepository.class);
    private final AtomicReference<Instant> now = new AtomicReference<>(NOON);
    private final UseCaseRunner runner =
            new UseCaseRunner(RecordingUnitOfWork.committing(), mock(DomainEventPublisher.class));
    private final CreateAccountService createAccount = new CreateAccountService(runner, accounts, educators);
    private final ChangePasswordService changePassword = new ChangePasswordService(runner, accounts);
    private final DisableAccountService disableAccount = new DisableAccountService(runner, accounts);
    private final ListAccountsService listAccounts = new ListAccountsService(runner, accounts);
    private final GetAccountService getAccount = new GetAccountService(runner, accounts);
    private final AuthenticateAccountService authenticateAccount =
            new AuthenticateAccountService(runner, accounts, now::get);
    private final IssueApiTokenService issueApiToken = new IssueApiTokenService(runner, accounts, now::get);
    private final ListApiTokensService listApiTokens = new ListApiTokensService(runner, accounts, now::get);
    private final RevokeApiTokenService revokeApiToken = new RevokeApiTokenService(runner, accounts, now::get);
    private final BootstrapAdministratorService bootstrapAdministrator =
            new BootstrapAdministratorService(runner, accounts, educators);

    private AccountId create(String username, boolean administrator) {
        return createAccount.create(
                new CreateAccountCommand(username, "$2a$10$hash-of-" + username, administrator, null));
    }

    @Test
    void givenACommand_create_storesTheGivenHashAndFindsTheAccountByUsernameInAnyCase() {
        EducatorId educator = EducatorId.random();
        when(educators.findById(educator)).thenReturn(Optional.of(mock(Educator.class)));
        AccountId id = createAccount.create(new CreateAccountCommand("Filatova", "$2a$10$abc", false, educator));

        assertThat(accounts.stored.get(id).passwordHash()).isEqualTo("$2a$10$abc");
        assertThat(authenticateAccount.byUsername("FILATOVA")).hasValueSatisfying(c -> {
            assertThat(c.passwordHash()).isEqualTo("$2a$10$abc");
            assertThat(c.account()).isEqualTo(new AccountView(id, 1, "Filatova", false, educator, true));
        });
    }

    @Test
    void givenATakenUsernameInAnotherCase_create_isRefusedAndStoresNothing() {
        create("filatova", false);

        assertRefused(() -> create("FILATOVA", false), "account.username.taken");
        assertThat(accounts.stored).hasSize(1);
    }

    @Test
    void givenAnUnknownEducator_create_isRefusedAsNotFound() {
        assertRefused(
                () -> createAccount.create(new CreateAccountCommand("filatova", "$2a$h", false, EducatorId.random())),
                "notFound");
        assertThat(accounts.stored).isEmpty();
    }

    @Test
    void givenABlankUsername_create_isAnInvalidCommand() {
        assertThatThrownBy(() -> create(" ", false)).isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void givenAnUnknownOrBlankUsername_byUsername_findsNothing() {
        assertThat(authenticateAccount.byUsername("nobody")).isEmpty();
        assertThat(authenticateAccount.byUsername(" ")).isEmpty();
        assertThat(authenticateAccount.byUsername(null)).isEmpty();
    }

    @Test
    void givenAnIssuedToken_onlyItsSha256HashIsStoredAndItsValueSignsIn() throws Exception {
        AccountId id = create("filatova", false);

        IssuedApiToken issued = issueApiToken.issue(new IssueApiTokenCommand(id, "календарь", null));

        String storedHash = accounts.stored.get(id).tokens().get(0).hash();
        assertThat(issued.value()).startsWith("sa_").hasSizeGreaterThan(40);
        assertThat(storedHash).isEqualTo(sha256(issued.value())).isNotEqualTo(issued.value());
        assertThat(authenticateAccount.byToken(issued.value()))
                .map(AccountView::id)
                .contains(id);
        assertThat(authenticateAccount.byToken(issued.value() + "x")).isEmpty();
        assertThat(issued.toString()).doesNotContain(issued.value());
    }

    @Test
    void givenTwoIssuedTokens_theirValuesDiffer() {
        AccountId id = create("filatova", false);

        assertThat(issueApiToken
                        .issue(new IssueApiTokenCommand(id, "one", null))
                        .value())
                .isNotEqualTo(issueApiToken
                        .issue(new IssueApiTokenCommand(id, "two", null))
                        .value());
    }

    @Test
    void givenARevokedToken_byToken_findsNothing() {
        AccountId id = create("filatova", false);
        IssuedApiToken issued = issueApiToken.issue(new IssueApiTokenCommand(id, "script", null));

        revokeApiToken.revoke(id, issued.token().id());

        assertThat(authenticateAccount.byToken(issued.value())).isEmpty();
        assertThat(listApiTokens.tokens(id))
                .singleElement()
                .satisfies(t -> assertThat(t.active()).isFalse());
    }

    @Test
    void givenAnExpiredToken_byToken_findsNothing() {
        AccountId id = create("filatova", false);
        IssuedApiToken issued =
                issueApiToken.issue(new IssueApiTokenCommand(id, "script", NOON.plus(Duration.ofHours(1))));

        now.set(NOON.plus(Duration.ofHours(1)));

        assertThat(authenticateAccount.byToken(issued.value())).isEmpty();
    }

    @Test
    void givenADisabledAccount_byToken_findsNothingButByUsernameShowsItDisabled() {
        create("admin", true);
        AccountId id = create("filatova", false);
        IssuedApiToken issued = issueApiToken.issue(new IssueApiTokenCommand(id, "script", null));

        disableAccount.disable(id);

        assertThat(authenticateAccount.byToken(issued.value())).isEmpty();
        assertThat(authenticateAccount.byUsername("filatova"))
                .hasValueSatisfying(c -> assertThat(c.account().enabled()).isFalse());
    }

    @Test
    void givenTheOnlyAdministrator_disable_isRefused() {
        AccountId admin = create("admin", true);

        assertRefused(() -> disableAccount.disable(admin), "account.lastAdministrator");
        assertThat(getAccount.get(admin).enabled()).isTrue();
    }

    @Test
    void givenTwoAdministrators_disablingOne_isAllowed() {
        AccountId first = create("admin", true);
        create("second", true);

        disableAccount.disable(first);

        assertThat(getAccount.get(first).enabled()).isFalse();
    }

    @Test
    void givenAStaleVersion_changePassword_isAConflict() {
        AccountId id = create("filatova", false);

        assertThatThrownBy(() -> changePassword.changePassword(new ChangePasswordCommand(id, "$2a$new", 7L)))
                .isInstanceOf(ConflictException.class);
        changePassword.changePassword(new ChangePasswordCommand(id, "$2a$new", 1L));
        assertThat(accounts.stored.get(id).passwordHash()).isEqualTo("$2a$new");
    }

    @Test
    void givenNoAdministrator_createIfNone_createsOneOnceOnly() {
        CreateAccountCommand admin = new CreateAccountCommand("admin", "$2a$hash", true, null);

        assertThat(bootstrapAdministrator.hasAdministrator()).isFalse();
        assertThat(bootstrapAdministrator.createIfNone(admin)).isTrue();
        assertThat(bootstrapAdministrator.createIfNone(admin)).isFalse();
        assertThat(bootstrapAdministrator.hasAdministrator()).isTrue();
        assertThat(listAccounts.list()).extracting(AccountView::username).containsExactly("admin");
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** A store of accounts in a map, with the version rule of the real ones. */
    private static final class FakeAccounts implements UserAccountRepository {
        final Map<AccountId, UserAccount> stored = new LinkedHashMap<>();

        @Override
        public Optional<UserAccount> findById(AccountId id) {
            return Optional.ofNullable(stored.get(id)).map(a -> UserAccount.restore(a.snapshot()));
        }

        @Override
        public long save(UserAccount account) {
            UserAccount current = stored.get(account.getId());
            long storedVersion = current == null ? 0 : current.version();
            if (storedVersion != account.version()) {
                throw new ConflictException("account", account.getId(), account.version());
            }
            UserAccount.Snapshot s = account.snapshot();
            stored.put(
                    account.getId(),
                    UserAccount.restore(new UserAccount.Snapshot(
                            s.id(),
                            s.version() + 1,
                            s.username(),
                            s.passwordHash(),
                            s.administrator(),
                            s.educatorId(),
                            s.enabled(),
                            s.tokens())));
            return s.version() + 1;
        }

        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return stored.values().stream()
                    .filter(a -> UserAccount.usernameKey(a.username()).equals(UserAccount.usernameKey(username)))
                    .findFirst();
        }

        @Override
        public Optional<UserAccount> findByTokenHash(String hash) {
            return stored.values().stream()
                    .filter(a -> a.tokens().stream().anyMatch(t -> t.hash().equals(hash)))
                    .findFirst();
        }

        @Override
        public List<UserAccount> findAll() {
            List<UserAccount> all = new ArrayList<>(stored.values());
            all.sort(Comparator.comparing(a -> UserAccount.usernameKey(a.username())));
            return all;
        }

        @Override
        public long countEnabledAdministrators() {
            return stored.values().stream()
                    .filter(a -> a.administrator() && a.enabled())
                    .count();
        }
    }
}
