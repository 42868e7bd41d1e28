package org.stepahead.application.service.account;

import java.util.List;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.ListAccountsUseCase;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.application.service.UseCaseRunner;

/** Service: lists the accounts. */
public final class ListAccountsService implements ListAccountsUseCase {

    private final UseCaseRunner runner;
    private final UserAccountRepository accounts;

    public ListAccountsService(UseCaseRunner runner, UserAccountRepository accounts) {
        this.runner = runner;
        this.accounts = accounts;
    }

    @Override
    public List<AccountView> list() {
        return runner.query(
                "all", q -> accounts.findAll().stream().map(Accounts::view).toList());
    }
}
