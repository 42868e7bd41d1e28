package org.stepahead.application.port.in.account;

import java.util.List;
import org.stepahead.domain.account.AccountId;

/** Incoming port: the accounts, by username; one account. */
public interface ListAccountsUseCase {

    List<AccountView> list();

    AccountView get(AccountId accountId);
}
