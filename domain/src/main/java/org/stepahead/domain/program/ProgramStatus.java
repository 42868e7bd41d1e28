package org.stepahead.domain.program;

/** Where a program is in its life: drafted, approved (утверждена), completed. */
public enum ProgramStatus {
    DRAFT,
    APPROVED,
    COMPLETED
}
