package org.stepahead.application.service.account;

import java.util.List;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.ListAccountsUseCase;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: lists the accounts. */
public record ListAccountsService(UseCaseRunner runner, UserAccountRepository accounts) implements ListAccountsUseCase {

    @Override
    public List<AccountView> list() {
        return runner.query(
                "all", q -> accounts.findAll().stream().map(Accounts::view).toList());
    }
}
