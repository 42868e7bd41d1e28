package org.stepahead.application.port.in.account;

import java.util.Optional;

/**
 * Use case: what an adapter needs to sign a user in — an account by its username (with the password hash to
 * check), or the enabled account that holds an active API token of the given value.
 */
public interface AuthenticateAccountUseCase {

    /** The account of this username, letter case aside, enabled or not; empty when there is none. */
    Optional<AccountCredentials> byUsername(String username);

    /** The enabled account holding this token, unrevoked and unexpired now; empty otherwise. */
    Optional<AccountView> byToken(String tokenValue);
}
