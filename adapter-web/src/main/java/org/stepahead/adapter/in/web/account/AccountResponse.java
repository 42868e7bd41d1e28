package org.stepahead.adapter.in.web.account;

import java.util.UUID;

/** Response: an account (never its password hash or tokens). */
public record AccountResponse(
        UUID id, long version, String username, boolean administrator, UUID educatorId, boolean enabled) {}
