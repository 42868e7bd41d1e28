package org.stepahead.adapter.in.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Request: issue an API token under a name, optionally expiring at a later moment (ISO-8601, e.g. 2027-01-01T00:00:00Z). */
public record IssueTokenRequest(@NotBlank @Size(max = 100) String name, Instant expiresAt) {}
