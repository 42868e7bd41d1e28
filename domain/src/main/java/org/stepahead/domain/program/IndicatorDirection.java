package org.stepahead.domain.program;

/** Whether an indicator improves as it grows or as it falls. */
public enum IndicatorDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
