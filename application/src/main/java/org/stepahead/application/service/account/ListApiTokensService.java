package org.stepahead.application.service.account;

import java.util.List;
import org.stepahead.application.port.in.account.ApiTokenView;
import org.stepahead.application.port.in.account.ListApiTokensUseCase;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.account.AccountId;

/** Service: lists an account's API tokens. */
public record ListApiTokensService(UseCaseRunner runner, UserAccountRepository accounts, ClockPort clock)
        implements ListApiTokensUseCase {

    @Override
    public List<ApiTokenView> tokens(AccountId accountId) {
        return runner.query(
                accountId,
                id -> UseCaseRunner.load(accounts, "account", id).tokens().stream()
                        .map(t -> Accounts.view(t, Accounts.now(clock)))
                        .toList());
    }
}
