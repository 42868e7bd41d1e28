package org.stepahead.application.service.account;

import java.time.Instant;
import org.stepahead.application.port.in.account.IssueApiTokenCommand;
import org.stepahead.application.port.in.account.IssueApiTokenUseCase;
import org.stepahead.application.port.in.account.IssuedApiToken;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.account.ApiToken;
import org.stepahead.domain.account.ApiTokenId;
import org.stepahead.domain.account.UserAccount;

/** Service: issues an API token; its value is returned once and only its hash is kept. */
public record IssueApiTokenService(UseCaseRunner runner, UserAccountRepository accounts, ClockPort clock)
        implements IssueApiTokenUseCase {

    @Override
    public IssuedApiToken issue(IssueApiTokenCommand c) {
        return runner.execute(c, changes -> {
            UserAccount account = UseCaseRunner.load(accounts, "account", c.accountId());
            String value = TokenValues.newValue();
            Instant now = Accounts.now(clock);
            ApiToken token =
                    account.issueToken(ApiTokenId.random(), c.name(), TokenValues.hash(value), now, c.expiresAt());
            changes.save(accounts::save, account);
            return new IssuedApiToken(Accounts.view(token, now), value);
        });
    }
}
