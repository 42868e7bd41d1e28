package org.stepahead.domain.program;

/** Where a program is in its life: drafted, approved (утверждена), completed. */
public enum ProgramStatus {
    DRAFT("проект"),
    APPROVED("утверждена"),
    COMPLETED("завершена");

    private final String russianName;

    ProgramStatus(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
