package org.stepahead.application.port.out;

import java.util.List;
import java.util.Optional;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.UserAccount;

/**
 * Outgoing port: stores {@link UserAccount} aggregates with their API tokens, with the versions and saves of
 * {@link AggregateRepository}; a save also fails with a {@link ConcurrentUpdateException} when another account
 * already has the same username, letter case aside.
 */
public interface UserAccountRepository extends AggregateRepository<UserAccount, AccountId> {

    /** The account of this username, letter case and surrounding blanks aside. */
    Optional<UserAccount> findByUsername(String username);

    /** The account holding a token (revoked, expired or not) whose SHA-256 hash is the given one. */
    Optional<UserAccount> findByTokenHash(String tokenHash);

    /** Every account, by username (case folded). */
    List<UserAccount> findAll();

    /** How many enabled accounts are administrators. */
    long countEnabledAdministrators();
}
