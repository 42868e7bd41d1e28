package org.stepahead.adapter.in.web.account;

import java.time.Instant;
import java.util.UUID;

/** Response: one API token, without its value. */
public record TokenResponse(
        UUID id, String name, Instant issuedAt, Instant expiresAt, Instant revokedAt, boolean active) {}
