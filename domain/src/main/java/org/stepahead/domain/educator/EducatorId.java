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

    public static EducatorId random() {
        return new EducatorId(UUID.randomUUID());
    }

    public static EducatorId of(String text) {
        return new EducatorId(Ids.parse(text, "educatorId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
