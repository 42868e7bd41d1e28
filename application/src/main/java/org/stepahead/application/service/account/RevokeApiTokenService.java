package org.stepahead.application.service.account;

import org.stepahead.application.port.in.account.RevokeApiTokenUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.ApiTokenId;

/** Service: revokes one of an account's API tokens. */
public record RevokeApiTokenService(UseCaseRunner runner, UserAccountRepository accounts, ClockPort clock)
        implements RevokeApiTokenUseCase {

    @Override
    public void revoke(AccountId accountId, ApiTokenId tokenId) {
        runner.change(
                accountId, accounts, "account", accountId, null, a -> a.revokeToken(tokenId, Accounts.now(clock)));
    }
}
