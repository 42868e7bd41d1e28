package org.stepahead.application.port.in.account;

import org.stepahead.domain.account.AccountId;

/** Incoming port: read one account. */
public interface GetAccountUseCase {

    AccountView get(AccountId accountId);
}
