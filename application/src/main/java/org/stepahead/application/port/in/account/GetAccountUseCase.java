package org.stepahead.application.port.in.account;

import org.stepahead.domain.account.AccountId;

/** Use case: read one account. */
public interface GetAccountUseCase {

    /** The account; an unknown one throws NotFound. */
    AccountView get(AccountId accountId);
}
