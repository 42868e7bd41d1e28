package org.stepahead.domain.community;

import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Texts;

/**
 * Value: days a community does not work beyond the country's calendar — its own school holidays, a municipal
 * quarantine, a local holiday — with the reason people will read ("карантин", "каникулы в районе").
 */
public record DayOff(Period period, String reason) implements ValueObject {

    public DayOff {
        Texts.present(period, "period");
        reason = Texts.required(reason, "reason");
    }
}
