package org.stepahead.application.port.in.account;

import java.util.List;

/** Use case: the accounts, by username. */
public interface ListAccountsUseCase {

    /** Every account, by username. */
    List<AccountView> list();
}
