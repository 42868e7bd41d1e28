package org.stepahead.application.service.account;

import org.stepahead.application.port.in.account.ChangePasswordCommand;
import org.stepahead.application.port.in.account.ChangePasswordUseCase;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: changes an account's password hash. */
public record ChangePasswordService(UseCaseRunner runner, UserAccountRepository accounts)
        implements ChangePasswordUseCase {

    @Override
    public void changePassword(ChangePasswordCommand c) {
        runner.change(
                c, accounts, "account", c.accountId(), c.expectedVersion(), a -> a.changePassword(c.passwordHash()));
    }
}
