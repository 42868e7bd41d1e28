package org.stepahead.adapter.out.persistence.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.stepahead.adapter.out.persistence.jdbc.AccountRows.AccountRow;
import org.stepahead.adapter.out.persistence.jdbc.AccountRows.TokenRow;
import org.stepahead.application.port.out.UserAccountRepository;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.UserAccount;

/**
 * Persistence adapter: user accounts in table {@code user_account} with their tokens in {@code api_token}. A
 * unique index on the folded username makes a second account of the same name a conflict.
 */
final class JdbcUserAccountRepository extends JdbcRepository<UserAccount, AccountId> implements UserAccountRepository {

    private static final RootTable ACCOUNT = new RootTable(
            "user_account",
            "username, username_key, password_hash, administrator, educator_id, enabled",
            "account_id",
            "api_token");

    JdbcUserAccountRepository(JdbcSession session) {
        super(session, ACCOUNT.select() + " a", AccountId::value);
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return selectFirst(" where username_key = :key", q -> q.bind("key", UserAccount.usernameKey(username)));
    }

    @Override
    public Optional<UserAccount> findByTokenHash(String tokenHash) {
        return selectFirst(
                " where exists (select 1 from api_token t where t.account_id = a.id and t.token_hash = :hash)",
                q -> q.bind("hash", tokenHash));
    }

    @Override
    public List<UserAccount> findAll() {
        return select(" order by username_key");
    }

    @Override
    public long countEnabledAdministrators() {
        return session.read(
                h -> h.createQuery("select count(*) from user_account where administrator = true and enabled = true")
                        .mapTo(Long.class)
                        .one());
    }

    @Override
    protected List<UserAccount> load(Handle h, Query query) {
        List<AccountRow> roots = query.mapTo(AccountRow.class).list();
        Rows.Children tokens =
                ACCOUNT.parts(h, roots.stream().map(AccountRow::id).toList());
        List<UserAccount> accounts = new ArrayList<>(roots.size());
        for (AccountRow row : roots) {
            accounts.add(
                    UserAccount.restore(AccountRows.snapshot(row, tokens.of(row.id(), "api_token", TokenRow.class))));
        }
        return accounts;
    }

    @Override
    public long save(UserAccount account) {
        UserAccount.Snapshot s = account.snapshot();
        AccountRow row = AccountRows.row(s);
        return save(
                ACCOUNT,
                row.id(),
                account.version(),
                row,
                h -> Sql.insertAll(
                        h,
                        "insert into api_token (account_id, position, id, name, token_hash, issued_at, expires_at,"
                                + " revoked_at) values (:accountId, :position, :id, :name, :tokenHash, :issuedAt,"
                                + " :expiresAt, :revokedAt)",
                        AccountRows.tokens(s)));
    }
}
