package org.stepahead.domain.program;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Ids;
import org.stepahead.domain.shared.Texts;

/** Identifier of an {@link Program}. */
public record ProgramId(UUID value) implements Identifier {

    public ProgramId {
        Texts.present(value, "programId");
    }

    /** A new, random identifier for a program being created. */
    public static ProgramId random() {
        return new ProgramId(UUID.randomUUID());
    }

    /**
     * Reads the identifier from its text form (a UUID); blank text is refused as DomainRuleViolation {@code required},
     * malformed text as {@code id.malformed}.
     */
    public static ProgramId of(String text) {
        return new ProgramId(Ids.parse(text, "programId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
