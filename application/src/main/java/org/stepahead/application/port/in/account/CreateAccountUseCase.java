package org.stepahead.application.port.in.account;

import org.stepahead.domain.account.AccountId;

/** Use case: open an account; a username already taken (letter case aside) is refused. */
public interface CreateAccountUseCase {

    /**
     * Opens the account and returns its id; an invalid command throws InvalidCommandException, a taken username
     * DomainRuleViolation, an unknown educator NotFound.
     */
    AccountId create(CreateAccountCommand command);
}
