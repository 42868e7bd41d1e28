package org.stepahead.domain.account;

import java.time.Instant;
import java.util.regex.Pattern;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Texts;

/**
 * Value: an API token of an account, known to the model only by the SHA-256 hash of its value (64 lower-case hex
 * digits) — the value itself is shown once to its owner and never stored. It may expire, and it may be revoked.
 */
public record ApiToken(
        ApiTokenId id, String name, String hash, Instant issuedAt, Instant expiresAt, Instant revokedAt) {

    static final int NAME_LENGTH = 100;
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ApiToken {
        Texts.present(id, "tokenId");
        name = Texts.required(name, "name");
        if (name.length() > NAME_LENGTH) {
            throw new DomainRuleViolation("account.token.nameTooLong", NAME_LENGTH);
        }
        hash = Texts.required(hash, "tokenHash");
        if (!SHA_256_HEX.matcher(hash).matches()) {
            throw new DomainRuleViolation("account.token.hashMalformed");
        }
        Texts.present(issuedAt, "issuedAt");
        if (expiresAt != null && !expiresAt.isAfter(issuedAt)) {
            throw new DomainRuleViolation("account.token.expiryNotAfterIssue", expiresAt, issuedAt);
        }
    }

    /** Neither revoked nor expired at the given moment. */
    public boolean isActiveAt(Instant moment) {
        return revokedAt == null && (expiresAt == null || moment.isBefore(expiresAt));
    }

    ApiToken revokedAt(Instant moment) {
        return new ApiToken(id, name, hash, issuedAt, expiresAt, moment);
    }
}
