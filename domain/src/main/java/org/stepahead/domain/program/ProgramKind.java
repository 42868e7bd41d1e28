package org.stepahead.domain.program;

/** What kind of plan a program is. */
public enum ProgramKind {
    PROGRAM,
    SUBPROGRAM,
    PROJECT,
    WORK_PLAN
}
