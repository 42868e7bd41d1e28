package org.stepahead.application.service.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.ApiTokenView;
import org.stepahead.application.port.in.account.CreateAccountCommand;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.ApiToken;
import org.stepahead.domain.account.UserAccount;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;

/** What the account services share: opening an account, the views, and now to the millisecond. */
final class Accounts {

    private Accounts() {}

    /** Now, to the millisecond: what every store keeps of a moment. */
    static Instant now(ClockPort clock) {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Opens the account in the running use case: the username must be free and the educator, if any, known. */
    static AccountId create(
            UseCaseRunner.Changes changes,
            UserAccountRepository accounts,
            EducatorRepository educators,
            CreateAccountCommand c) {
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

    static AccountView view(UserAccount a) {
        return new AccountView(a.getId(), a.version(), a.username(), a.administrator(), a.educatorId(), a.enabled());
    }

    static ApiTokenView view(ApiToken t, Instant now) {
        return new ApiTokenView(t.id(), t.name(), t.issuedAt(), t.expiresAt(), t.revokedAt(), t.isActiveAt(now));
    }
}
