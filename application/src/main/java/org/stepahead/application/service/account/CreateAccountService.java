package org.stepahead.application.service.account;

import org.stepahead.application.port.in.account.CreateAccountCommand;
import org.stepahead.application.port.in.account.CreateAccountUseCase;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.account.AccountId;

/** Service: opens a user account. */
public record CreateAccountService(UseCaseRunner runner, UserAccountRepository accounts, EducatorRepository educators)
        implements CreateAccountUseCase {

    @Override
    public AccountId create(CreateAccountCommand c) {
        return runner.execute(c, changes -> Accounts.create(changes, accounts, educators, c));
    }
}
