package org.stepahead.adapter.in.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;

/**
 * The users of the service are its accounts: looked up by username (letter case aside) through the incoming port; a
 * disabled account is returned disabled, so that Spring Security refuses it. Browser and API sign-in share it.
 */
public final class AccountUserDetailsService implements UserDetailsService {

    private final AuthenticateAccountUseCase accounts;

    public AccountUserDetailsService(AuthenticateAccountUseCase accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.byUsername(username)
                .map(c -> new AccountUser(c.account(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
