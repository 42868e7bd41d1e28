package org.stepahead.application.port.in.account;

import org.stepahead.domain.account.AccountId;

/**
 * Incoming port: stop an account from signing in (by password or token). The last enabled administrator cannot be
 * disabled.
 */
public interface DisableAccountUseCase {

    void disable(AccountId accountId);
}
