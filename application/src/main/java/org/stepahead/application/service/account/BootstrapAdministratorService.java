package org.stepahead.application.service.account;

import org.stepahead.application.port.in.account.BootstrapAdministratorUseCase;
import org.stepahead.application.port.in.account.CreateAccountCommand;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: creates the first administrator when there is no enabled one. */
public record BootstrapAdministratorService(
        UseCaseRunner runner, UserAccountRepository accounts, EducatorRepository educators)
        implements BootstrapAdministratorUseCase {

    @Override
    public boolean hasAdministrator() {
        return runner.query("administrators", q -> accounts.countEnabledAdministrators() > 0);
    }

    @Override
    public boolean createIfNone(CreateAccountCommand administrator) {
        return runner.execute(administrator, changes -> {
            if (accounts.countEnabledAdministrators() > 0) {
                return false;
            }
            Accounts.create(changes, accounts, educators, administrator);
            return true;
        });
    }
}
