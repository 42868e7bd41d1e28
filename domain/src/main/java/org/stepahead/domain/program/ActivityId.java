package org.stepahead.domain.program;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Ids;
import org.stepahead.domain.shared.Texts;

/** Identifier of a {@link Activity} within its program. */
public record ActivityId(UUID value) implements Identifier {

    public ActivityId {
        Texts.present(value, "activityId");
    }

    /** A new, random identifier for a activity (мероприятие) being created. */
    public static ActivityId random() {
        return new ActivityId(UUID.randomUUID());
    }

    /**
     * Reads the identifier from its text form (a UUID); blank text is refused as DomainRuleViolation {@code required},
     * malformed text as {@code id.malformed}.
     */
    public static ActivityId of(String text) {
        return new ActivityId(Ids.parse(text, "activityId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
