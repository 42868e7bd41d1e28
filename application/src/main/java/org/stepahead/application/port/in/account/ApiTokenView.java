package org.stepahead.application.port.in.account;

import java.time.Instant;
import org.stepahead.domain.account.ApiTokenId;

/** Read model: one API token of an account, without its value or hash. */
public record ApiTokenView(
        ApiTokenId id, String name, Instant issuedAt, Instant expiresAt, Instant revokedAt, boolean active) {}
