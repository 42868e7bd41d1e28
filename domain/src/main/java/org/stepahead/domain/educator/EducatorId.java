package org.stepahead.domain.educator;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Ids;
import org.stepahead.domain.shared.Texts;

/** Identifier of an {@link Educator}. */
public record EducatorId(UUID value) implements Identifier {

    public EducatorId {
        Texts.present(value, "educatorId");
    }

    /** A new, random identifier for a educator being created. */
    public static EducatorId random() {
        return new EducatorId(UUID.randomUUID());
    }

    /**
     * Reads the identifier from its text form (a UUID); blank text is refused as DomainRuleViolation {@code required},
     * malformed text as {@code id.malformed}.
     */
    public static EducatorId of(String text) {
        return new EducatorId(Ids.parse(text, "educatorId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
