package org.stepahead.domain.membership;

import java.time.LocalDate;
import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.Texts;

/**
 * Value: an educator's consent to join a community (voluntariness): when it was given and on what basis (an
 * application, a signed statement).
 */
public record Consent(LocalDate givenOn, String basis) implements ValueObject {

    public Consent {
        Texts.present(givenOn, "consent.givenOn");
        basis = Texts.optional(basis);
    }
}
