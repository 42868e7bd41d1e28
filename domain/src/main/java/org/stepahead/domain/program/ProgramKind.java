package org.stepahead.domain.program;

/** What kind of plan a program is. */
public enum ProgramKind {
    PROGRAM("программа"),
    SUBPROGRAM("подпрограмма"),
    PROJECT("проект"),
    WORK_PLAN("план работы");

    private final String russianName;

    ProgramKind(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
