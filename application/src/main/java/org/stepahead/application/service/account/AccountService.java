package org.stepahead.application.service.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.stepahead.application.port.in.account.AccountCredentials;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.ApiTokenView;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;
import org.stepahead.application.port.in.account.BootstrapAdministratorUseCase;
import org.stepahead.application.port.in.account.ChangePasswordCommand;
import org.stepahead.application.port.in.account.ChangePasswordUseCase;
import org.stepahead.application.port.in.account.CreateAccountCommand;
import org.stepahead.application.port.in.account.CreateAccountUseCase;
import org.stepahead.application.port.in.account.DisableAccountUseCase;
import org.stepahead.application.port.in.account.IssueApiTokenCommand;
import org.stepahead.application.port.in.account.IssueApiTokenUseCase;
import org.stepahead.application.port.in.account.IssuedApiToken;
import org.stepahead.application.port.in.account.ListAccountsUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.ApiToken;
import org.stepahead.domain.account.ApiTokenId;
import org.stepahead.domain.account.UserAccount;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;

/**
 * Service: user accounts — open, change password, disable, list, sign in by username or by token — their API tokens,
 * and the first administrator.
 */
public final class AccountService
        implements CreateAccountUseCase,
                ChangePasswordUseCase,
                DisableAccountUseCase,
                ListAccountsUseCase,
                AuthenticateAccountUseCase,
                IssueApiTokenUseCase,
                BootstrapAdministratorUseCase {

    private final UseCaseRunner runner;
    private final UserAccountRepository accounts;
    private final EducatorRepository educators;
    private final ClockPort clock;

    public AccountService(
            UseCaseRunner runner, UserAccountRepository accounts, EducatorRepository educators, ClockPort clock) {
        this.runner = runner;
        this.accounts = accounts;
        this.educators = educators;
        this.clock = clock;
    }

    /** Now, to the millisecond: what every store keeps of a moment. */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public AccountId create(CreateAccountCommand c) {
        return runner.execute(c, changes -> createIn(changes, c));
    }

    private AccountId createIn(UseCaseRunner.Changes changes, CreateAccountCommand c) {
        if (accounts.findByUsername(c.username()).isPresent()) {
            throw new DomainRuleViolation("account.username.taken", c.username().strip());
        }
        if (c.educatorId() != null && educators.findById(c.educatorId()).isEmpty()) {
            throw new NotFound("educator", c.educatorId());
        }
        UserAccount account = UserAccount.create(
                AccountId.random(), c.username(), c.passwordHash(), c.administrator(), c.educatorId());
        changes.save(accounts::save, account);
        return account.getId();
    }

    @Override
    public void changePassword(ChangePasswordCommand c) {
        runner.execute(c, changes -> {
            UserAccount account = load(c.accountId());
            UseCaseRunner.expectVersion(c.expectedVersion(), account, "account");
            account.changePassword(c.passwordHash());
            return changes.save(accounts::save, account);
        });
    }

    @Override
    public void disable(AccountId accountId) {
        runner.execute(accountId, changes -> {
            UserAccount account = load(accountId);
            if (account.administrator() && account.enabled() && accounts.countEnabledAdministrators() <= 1) {
                throw new DomainRuleViolation("account.lastAdministrator");
            }
            account.disable();
            return changes.save(accounts::save, account);
        });
    }

    @Override
    public void enable(AccountId accountId) {
        runner.execute(accountId, changes -> {
            UserAccount account = load(accountId);
            account.enable();
            return changes.save(accounts::save, account);
        });
    }

    @Override
    public List<AccountView> list() {
        return runner.query(
                "all",
                q -> accounts.findAll().stream().map(AccountService::view).toList());
    }

    @Override
    public AccountView get(AccountId accountId) {
        return runner.query(accountId, id -> view(load(id)));
    }

    @Override
    public Optional<AccountCredentials> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return runner.query(
                username,
                name -> accounts.findByUsername(name).map(a -> new AccountCredentials(view(a), a.passwordHash())));
    }

    @Override
    public Optional<AccountView> byToken(String tokenValue) {
        if (tokenValue == null || tokenValue.isBlank()) {
            return Optional.empty();
        }
        String hash = TokenValues.hash(tokenValue);
        return runner.query(
                hash,
                h -> accounts.findByTokenHash(h)
                        .filter(a -> a.acceptsToken(h, now()))
                        .map(AccountService::view));
    }

    @Override
    public IssuedApiToken issue(IssueApiTokenCommand c) {
        return runner.execute(c, changes -> {
            UserAccount account = load(c.accountId());
            String value = TokenValues.newValue();
            ApiToken token =
                    account.issueToken(ApiTokenId.random(), c.name(), TokenValues.hash(value), now(), c.expiresAt());
            changes.save(accounts::save, account);
            return new IssuedApiToken(view(token, now()), value);
        });
    }

    @Override
    public List<ApiTokenView> tokens(AccountId accountId) {
        return runner.query(
                accountId,
                id -> load(id).tokens().stream().map(t -> view(t, now())).toList());
    }

    @Override
    public void revoke(AccountId accountId, ApiTokenId tokenId) {
        runner.execute(accountId, changes -> {
            UserAccount account = load(accountId);
            account.revokeToken(tokenId, now());
            return changes.save(accounts::save, account);
        });
    }

    @Override
    public boolean hasAdministrator() {
        return runner.query("administrators", q -> accounts.countEnabledAdministrators() > 0);
    }

    @Override
    public boolean createIfNone(CreateAccountCommand administrator) {
        return runner.execute(administrator, changes -> {
            if (accounts.countEnabledAdministrators() > 0) {
                return false;
            }
            createIn(changes, administrator);
            return true;
        });
    }

    private UserAccount load(AccountId id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("account", id));
    }

    static AccountView view(UserAccount a) {
        return new AccountView(a.getId(), a.version(), a.username(), a.administrator(), a.educatorId(), a.enabled());
    }

    private static ApiTokenView view(ApiToken t, Instant now) {
        return new ApiTokenView(t.id(), t.name(), t.issuedAt(), t.expiresAt(), t.revokedAt(), t.isActiveAt(now));
    }
}
