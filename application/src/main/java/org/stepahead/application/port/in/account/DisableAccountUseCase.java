package org.stepahead.application.port.in.account;

import org.stepahead.domain.account.AccountId;

/**
 * Use case: stop an account from signing in (by password or token). The last enabled administrator cannot be
 * disabled.
 */
public interface DisableAccountUseCase {

    /** Disables the account; an unknown account throws NotFound, the last enabled administrator DomainRuleViolation. */
    void disable(AccountId accountId);
}
