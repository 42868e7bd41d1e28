package org.stepahead.application.port.in.account;

import org.stepahead.domain.account.AccountId;

/** Incoming port: enable a disabled account again. */
public interface EnableAccountUseCase {

    void enable(AccountId accountId);
}
