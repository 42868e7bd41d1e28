package org.stepahead.domain.program;

import java.math.BigDecimal;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Value: how far an indicator has come from its baseline towards its target. {@code share} is 0 at the baseline
 * and 1 at the target (below 0 when it went the wrong way, above 1 past the target); {@code achieved} tells whether
 * the latest value meets the target in the indicator's direction.
 */
public record Progress(BigDecimal latest, BigDecimal share, boolean achieved) implements ValueObject {}
