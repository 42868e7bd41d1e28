package org.stepahead.domain.program;

/** Whether an indicator improves as it grows or as it falls. */
public enum IndicatorDirection {
    HIGHER_IS_BETTER("чем больше, тем лучше"),
    LOWER_IS_BETTER("чем меньше, тем лучше");

    private final String russianName;

    IndicatorDirection(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
