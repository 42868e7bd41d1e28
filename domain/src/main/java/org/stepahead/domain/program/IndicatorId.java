package org.stepahead.domain.program;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Ids;
import org.stepahead.domain.shared.Texts;

/** Identifier of a {@link Indicator} within its program. */
public record IndicatorId(UUID value) implements Identifier {

    public IndicatorId {
        Texts.present(value, "indicatorId");
    }

    /** A new, random identifier for a indicator being created. */
    public static IndicatorId random() {
        return new IndicatorId(UUID.randomUUID());
    }

    /**
     * Reads the identifier from its text form (a UUID); blank text is refused as DomainRuleViolation {@code required},
     * malformed text as {@code id.malformed}.
     */
    public static IndicatorId of(String text) {
        return new IndicatorId(Ids.parse(text, "indicatorId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
