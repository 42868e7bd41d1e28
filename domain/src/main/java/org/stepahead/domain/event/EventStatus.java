package org.stepahead.domain.event;

/** An event is scheduled until it is cancelled. */
public enum EventStatus {
    SCHEDULED,
    CANCELLED
}
