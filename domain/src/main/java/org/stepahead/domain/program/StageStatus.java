package org.stepahead.domain.program;

/** A stage is planned, then active, then closed. */
public enum StageStatus {
    PLANNED("запланирован"),
    ACTIVE("идёт"),
    CLOSED("завершён");

    private final String russianName;

    StageStatus(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
