package org.stepahead.domain.program;

/** How far an expected result was achieved. */
public enum Outcome {
    ACHIEVED("достигнут"),
    PARTLY_ACHIEVED("достигнут частично"),
    NOT_ACHIEVED("не достигнут");

    private final String russianName;

    Outcome(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
