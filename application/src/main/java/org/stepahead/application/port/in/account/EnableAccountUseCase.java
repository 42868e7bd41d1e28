package org.stepahead.application.port.in.account;

import org.stepahead.domain.account.AccountId;

/** Use case: enable a disabled account again. */
public interface EnableAccountUseCase {

    /** Enables the account; an unknown account throws NotFound. */
    void enable(AccountId accountId);
}
