package org.stepahead.application.service.account;

import org.stepahead.application.port.in.account.DisableAccountUseCase;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.shared.DomainRuleViolation;

/** Service: disables an account, unless it is the last enabled administrator. */
public record DisableAccountService(UseCaseRunner runner, UserAccountRepository accounts)
        implements DisableAccountUseCase {

    @Override
    public void disable(AccountId accountId) {
        runner.change(accountId, accounts, "account", accountId, null, account -> {
            if (account.administrator() && account.enabled() && accounts.countEnabledAdministrators() <= 1) {
                throw new DomainRuleViolation("account.lastAdministrator");
            }
            account.disable();
        });
    }
}
