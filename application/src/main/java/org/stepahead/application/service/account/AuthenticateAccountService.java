package org.stepahead.application.service.account;

import java.util.Optional;
import org.stepahead.application.port.in.account.AccountCredentials;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: finds the account signing in, by username or by an API token's value. */
public record AuthenticateAccountService(UseCaseRunner runner, UserAccountRepository accounts, ClockPort clock)
        implements AuthenticateAccountUseCase {

    @Override
    public Optional<AccountCredentials> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return runner.query(
                username,
                name -> accounts.findByUsername(name)
                        .map(a -> new AccountCredentials(Accounts.view(a), a.passwordHash())));
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
                        .filter(a -> a.acceptsToken(h, Accounts.now(clock)))
                        .map(Accounts::view));
    }
}
