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

    public static ActivityId random() {
        return new ActivityId(UUID.randomUUID());
    }

    public static ActivityId of(String text) {
        return new ActivityId(Ids.parse(text, "activityId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
