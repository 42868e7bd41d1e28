package org.stepahead.domain.program;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Ids;
import org.stepahead.domain.shared.Texts;

/** Identifier of a {@link Stage} within its program. */
public record StageId(UUID value) implements Identifier {

    public StageId {
        Texts.present(value, "stageId");
    }

    /** A new, random identifier for a stage being created. */
    public static StageId random() {
        return new StageId(UUID.randomUUID());
    }

    /**
     * Reads the identifier from its text form (a UUID); blank text is refused as DomainRuleViolation {@code required},
     * malformed text as {@code id.malformed}.
     */
    public static StageId of(String text) {
        return new StageId(Ids.parse(text, "stageId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
