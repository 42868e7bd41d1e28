package org.stepahead.application.port.in.account;

import org.stepahead.domain.account.AccountId;

/**
 * Incoming port: stop an account from signing in (by password or token), or let it again. The last enabled
 * administrator cannot be disabled.
 */
public interface DisableAccountUseCase {

    void disable(AccountId accountId);

    void enable(AccountId accountId);
}
