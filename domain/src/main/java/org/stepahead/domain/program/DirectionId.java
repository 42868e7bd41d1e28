package org.stepahead.domain.program;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Ids;
import org.stepahead.domain.shared.Texts;

/** Identifier of a {@link Direction} within its program. */
public record DirectionId(UUID value) implements Identifier {

    public DirectionId {
        Texts.present(value, "directionId");
    }

    /** A new, random identifier for a direction being created. */
    public static DirectionId random() {
        return new DirectionId(UUID.randomUUID());
    }

    /**
     * Reads the identifier from its text form (a UUID); blank text is refused as DomainRuleViolation {@code required},
     * malformed text as {@code id.malformed}.
     */
    public static DirectionId of(String text) {
        return new DirectionId(Ids.parse(text, "directionId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
