package org.stepahead.adapter.in.web.organization;

import java.util.List;
import java.util.UUID;

/** Response: the ids of what a bulk request created, in the order of the request. */
public record CreatedListResponse(List<UUID> ids) {}
