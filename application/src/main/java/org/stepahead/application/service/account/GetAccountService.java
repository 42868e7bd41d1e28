package org.stepahead.application.service.account;

import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.GetAccountUseCase;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.account.AccountId;

/** Service: reads one account. */
public record GetAccountService(UseCaseRunner runner, UserAccountRepository accounts) implements GetAccountUseCase {

    @Override
    public AccountView get(AccountId accountId) {
        return runner.query(accountId, id -> Accounts.view(UseCaseRunner.load(accounts, "account", id)));
    }
}
