package org.stepahead.domain.event;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Ids;
import org.stepahead.domain.shared.Texts;

/** Identifier of an {@link Event}. */
public record EventId(UUID value) implements Identifier {

    public EventId {
        Texts.present(value, "eventId");
    }

    /** A new, random identifier for a event being created. */
    public static EventId random() {
        return new EventId(UUID.randomUUID());
    }

    /**
     * Reads the identifier from its text form (a UUID); blank text is refused as DomainRuleViolation {@code required},
     * malformed text as {@code id.malformed}.
     */
    public static EventId of(String text) {
        return new EventId(Ids.parse(text, "eventId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
