package org.stepahead.adapter.in.web.security;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.educator.EducatorId;

/**
 * The signed-in user, by password or by token: the account, the educator it belongs to (whose memberships give its
 * roles in communities) and whether it administers the service. Authorities: {@code ROLE_USER} for everyone,
 * {@code ROLE_ADMIN} for administrators.
 */
public final class AccountUser extends User {

    public static final String ROLE_USER = "ROLE_USER";
    public static final String ROLE_ADMIN = "ROLE_ADMIN";

    private final AccountId accountId;
    private final EducatorId educatorId;
    private final boolean administrator;

    AccountUser(AccountView account, String passwordHash) {
        super(
                account.username(),
                passwordHash == null ? "" : passwordHash,
                account.enabled(),
                true,
                true,
                true,
                authorities(account.administrator()));
        this.accountId = account.id();
        this.educatorId = account.educatorId();
        this.administrator = account.administrator();
    }

    private static List<GrantedAuthority> authorities(boolean administrator) {
        return administrator
                ? List.of(new SimpleGrantedAuthority(ROLE_USER), new SimpleGrantedAuthority(ROLE_ADMIN))
                : List.of(new SimpleGrantedAuthority(ROLE_USER));
    }

    public AccountId accountId() {
        return accountId;
    }

    /** The educator this account belongs to, or null. */
    public EducatorId educatorId() {
        return educatorId;
    }

    public boolean administrator() {
        return administrator;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUser u && u.accountId.equals(accountId) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }
}
