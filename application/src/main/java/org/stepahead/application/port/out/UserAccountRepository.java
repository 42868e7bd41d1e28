package org.stepahead.application.port.out;

import java.util.List;
import java.util.Optional;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.UserAccount;

/**
 * Outgoing port: stores {@link UserAccount} aggregates with their API tokens. {@link #save} inserts a new one
 * (version 0) or replaces the stored one if it still has the version the aggregate was loaded at, and returns the new
 * stored version; otherwise — or when another account already has the same username, letter case aside — it fails
 * with a {@link ConcurrentUpdateException}. Saves take effect when the enclosing
 * {@link UnitOfWork} commits.
 */
public interface UserAccountRepository {

    /** The stored account of this id, or empty. */
    Optional<UserAccount> findById(AccountId id);

    /**
     * Stores the account (see the interface comment on versions) and returns its new stored version; throws
     * ConcurrentUpdateException on a stale version.
     */
    long save(UserAccount aggregate);

    /** The account of this username, letter case and surrounding blanks aside. */
    Optional<UserAccount> findByUsername(String username);

    /** The account holding a token (revoked, expired or not) whose SHA-256 hash is the given one. */
    Optional<UserAccount> findByTokenHash(String tokenHash);

    /** Every account, by username (case folded). */
    List<UserAccount> findAll();

    /** How many enabled accounts are administrators. */
    long countEnabledAdministrators();
}
