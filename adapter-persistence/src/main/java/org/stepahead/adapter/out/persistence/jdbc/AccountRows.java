package org.stepahead.adapter.out.persistence.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.account.ApiToken;
import org.stepahead.domain.account.ApiTokenId;
import org.stepahead.domain.account.UserAccount;
import org.stepahead.domain.educator.EducatorId;

/** Persistence adapter: rows of tables {@code user_account} and {@code api_token}, and their mapping. */
public final class AccountRows {

    private AccountRows() {}

    /** A row of {@code user_account}. */
    public record AccountRow(
            UUID id,
            long version,
            String username,
            String usernameKey,
            String passwordHash,
            boolean administrator,
            UUID educatorId,
            boolean enabled) {}

    /** A row of {@code api_token}: moments in UTC. */
    public record TokenRow(
            UUID accountId,
            int position,
            UUID id,
            String name,
            String tokenHash,
            OffsetDateTime issuedAt,
            OffsetDateTime expiresAt,
            OffsetDateTime revokedAt) {}

    static AccountRow row(UserAccount.Snapshot s) {
        return new AccountRow(
                s.id().value(),
                s.version(),
                s.username(),
                UserAccount.usernameKey(s.username()),
                s.passwordHash(),
                s.administrator(),
                s.educatorId() == null ? null : s.educatorId().value(),
                s.enabled());
    }

    static List<TokenRow> tokens(UserAccount.Snapshot s) {
        UUID account = s.id().value();
        return Rows.numbered(
                s.tokens(),
                (t, i) -> new TokenRow(
                        account,
                        i,
                        t.id().value(),
                        t.name(),
                        t.hash(),
                        utc(t.issuedAt()),
                        utc(t.expiresAt()),
                        utc(t.revokedAt())));
    }

    static UserAccount.Snapshot snapshot(AccountRow row, List<TokenRow> tokens) {
        return new UserAccount.Snapshot(
                new AccountId(row.id()),
                row.version(),
                row.username(),
                row.passwordHash(),
                row.administrator(),
                row.educatorId() == null ? null : new EducatorId(row.educatorId()),
                row.enabled(),
                tokens.stream()
                        .map(t -> new ApiToken(
                                new ApiTokenId(t.id()),
                                t.name(),
                                t.tokenHash(),
                                instant(t.issuedAt()),
                                instant(t.expiresAt()),
                                instant(t.revokedAt())))
                        .toList());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime moment) {
        return moment == null ? null : moment.toInstant();
    }
}
