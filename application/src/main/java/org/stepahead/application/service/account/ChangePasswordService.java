package org.stepahead.application.service.account;

import org.stepahead.application.port.in.account.ChangePasswordCommand;
import org.stepahead.application.port.in.account.ChangePasswordUseCase;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.account.UserAccount;

/** Service: changes an account's password hash. */
public record ChangePasswordService(UseCaseRunner runner, UserAccountRepository accounts)
        implements ChangePasswordUseCase {

    @Override
    public void changePassword(ChangePasswordCommand c) {
        runner.execute(c, changes -> {
            UserAccount account = Accounts.load(accounts, c.accountId());
            UseCaseRunner.expectVersion(c.expectedVersion(), account, "account");
            account.changePassword(c.passwordHash());
            return changes.save(accounts::save, account);
        });
    }
}
