package org.stepahead.domain.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.Texts;

/** Value: an indicator's value as measured on one day. */
public record Measurement(LocalDate measuredOn, BigDecimal value, String note) implements ValueObject {

    public Measurement {
        Texts.present(measuredOn, "measuredOn");
        value = org.stepahead.domain.shared.Numbers.canonical(Texts.present(value, "value"));
        note = Texts.optional(note);
    }
}
