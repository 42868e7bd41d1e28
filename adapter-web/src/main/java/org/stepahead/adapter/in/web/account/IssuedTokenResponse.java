package org.stepahead.adapter.in.web.account;

import java.time.Instant;
import java.util.UUID;

/** Response: a token just issued, with its value — shown this once; only its hash is kept. */
public record IssuedTokenResponse(UUID id, String name, String token, Instant issuedAt, Instant expiresAt) {}
