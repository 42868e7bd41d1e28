package org.stepahead.adapter.in.web.event;

import jakarta.validation.constraints.Size;

/** Request: cancel an event, with an optional reason. */
public record CancelEventRequest(@Size(max = 1000) String reason) {}
