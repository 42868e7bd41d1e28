package org.stepahead.domain.program;

import java.time.LocalDate;
import java.util.List;
import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.Texts;

/** Value: the verdict on an expected result — outcome, day, comment and evidence. */
public record Assessment(Outcome outcome, LocalDate assessedOn, String comment, List<Evidence> evidence)
        implements ValueObject {

    public Assessment {
        Texts.present(outcome, "outcome");
        Texts.present(assessedOn, "assessedOn");
        comment = Texts.optional(comment);
        evidence = Texts.listOf(evidence, "evidence");
    }
}
