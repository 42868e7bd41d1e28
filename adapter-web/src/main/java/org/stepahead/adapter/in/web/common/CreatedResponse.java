package org.stepahead.adapter.in.web.common;

import java.util.UUID;

/** Response: the id of what a request created (its URL is in the {@code Location} header). */
public record CreatedResponse(UUID id) {}
