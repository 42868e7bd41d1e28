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

    public static StageId random() {
        return new StageId(UUID.randomUUID());
    }

    public static StageId of(String text) {
        return new StageId(Ids.parse(text, "stageId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
