package org.stepahead.application.port.in.account;

import org.stepahead.domain.account.AccountId;

/** Incoming port: open an account; a username already taken (letter case aside) is refused. */
public interface CreateAccountUseCase {

    AccountId create(CreateAccountCommand command);
}
