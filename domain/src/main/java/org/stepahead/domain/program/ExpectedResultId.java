package org.stepahead.domain.program;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Ids;
import org.stepahead.domain.shared.Texts;

/** Identifier of a {@link ExpectedResult} within its program. */
public record ExpectedResultId(UUID value) implements Identifier {

    public ExpectedResultId {
        Texts.present(value, "expectedResultId");
    }

    /** A new, random identifier for a expected result being created. */
    public static ExpectedResultId random() {
        return new ExpectedResultId(UUID.randomUUID());
    }

    /**
     * Reads the identifier from its text form (a UUID); blank text is refused as DomainRuleViolation {@code required},
     * malformed text as {@code id.malformed}.
     */
    public static ExpectedResultId of(String text) {
        return new ExpectedResultId(Ids.parse(text, "expectedResultId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
