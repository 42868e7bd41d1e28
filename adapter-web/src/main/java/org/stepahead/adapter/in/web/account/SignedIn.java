package org.stepahead.adapter.in.web.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.stepahead.adapter.in.web.security.AccessPolicy;
import org.stepahead.adapter.in.web.security.AccountUser;

/** The account of the signed-in user; refused (403) when the caller is not signed in with an account. */
final class SignedIn {

    private SignedIn() {}

    static AccountUser account(AccessPolicy accessPolicy, Authentication authentication) {
        return accessPolicy.user(authentication).orElseThrow(() -> new AccessDeniedException("Not an account"));
    }
}
