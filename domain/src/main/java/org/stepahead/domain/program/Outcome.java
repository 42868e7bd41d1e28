package org.stepahead.domain.program;

/** How far an expected result was achieved. */
public enum Outcome {
    ACHIEVED,
    PARTLY_ACHIEVED,
    NOT_ACHIEVED
}
