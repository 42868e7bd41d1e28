package org.stepahead.domain.program;

/** A stage is planned, then active, then closed. */
public enum StageStatus {
    PLANNED,
    ACTIVE,
    CLOSED
}
