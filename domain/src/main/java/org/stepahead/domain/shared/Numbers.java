package org.stepahead.domain.shared;

import java.math.BigDecimal;

/** Canonical decimal values: no trailing zeros and no exponent, so that 20, 20.0 and 20.000000 are one value. */
public final class Numbers {

    private Numbers() {}

    /** The value without trailing zeros and without exponent (20.0 becomes 20); null stays null. */
    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
