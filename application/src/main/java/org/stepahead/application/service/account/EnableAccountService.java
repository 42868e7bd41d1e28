package org.stepahead.application.service.account;

import org.stepahead.application.port.in.account.EnableAccountUseCase;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.UserAccount;

/** Service: enables a disabled account again. */
public record EnableAccountService(UseCaseRunner runner, UserAccountRepository accounts)
        implements EnableAccountUseCase {

    @Override
    public void enable(AccountId accountId) {
        runner.change(accountId, accounts, "account", accountId, null, UserAccount::enable);
    }
}
