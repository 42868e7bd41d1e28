package org.stepahead.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.UserAccount;

/** Persistence adapter: user accounts with their tokens kept in memory as snapshots. */
final class InMemoryUserAccountRepository extends InMemoryRepository<UserAccount, AccountId, UserAccount.Snapshot>
        implements UserAccountRepository {

    InMemoryUserAccountRepository(InMemoryDatabase database) {
        super(
                database,
                database.accounts,
                UserAccount::restore,
                UserAccount::snapshot,
                UserAccount::getId,
                UserAccount::version);
    }

    /** Refuses, like the unique index of the JDBC store, a second account of the same username (case aside). */
    @Override
    public long save(UserAccount account) {
        Objects.requireNonNull(account, "account");
        String key = UserAccount.usernameKey(account.username());
        boolean taken = snapshots()
                .anyMatch(s -> !s.id().equals(account.getId())
                        && UserAccount.usernameKey(s.username()).equals(key));
        if (taken) {
            throw new ConcurrentUpdateException("UserAccount", account.getId(), account.version());
        }
        return super.save(account);
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        String key = UserAccount.usernameKey(Objects.requireNonNull(username, "username"));
        return where(s -> UserAccount.usernameKey(s.username()).equals(key)).findFirst();
    }

    @Override
    public Optional<UserAccount> findByTokenHash(String tokenHash) {
        Objects.requireNonNull(tokenHash, "tokenHash");
        return where(s -> s.tokens().stream().anyMatch(t -> t.hash().equals(tokenHash)))
                .findFirst();
    }

    @Override
    public List<UserAccount> findAll() {
        return where(s -> true)
                .sorted(Comparator.comparing((UserAccount a) -> UserAccount.usernameKey(a.username())))
                .toList();
    }

    @Override
    public long countEnabledAdministrators() {
        return snapshots().filter(s -> s.administrator() && s.enabled()).count();
    }
}
