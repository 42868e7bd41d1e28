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

    public static EventId random() {
        return new EventId(UUID.randomUUID());
    }

    public static EventId of(String text) {
        return new EventId(Ids.parse(text, "eventId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
