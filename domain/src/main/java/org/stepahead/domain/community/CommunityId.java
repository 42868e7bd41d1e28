package org.stepahead.domain.community;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Ids;
import org.stepahead.domain.shared.Texts;

/** Identifier of an {@link Community}. */
public record CommunityId(UUID value) implements Identifier {

    public CommunityId {
        Texts.present(value, "communityId");
    }

    /** A new, random identifier for a community being created. */
    public static CommunityId random() {
        return new CommunityId(UUID.randomUUID());
    }

    /**
     * Reads the identifier from its text form (a UUID); blank text is refused as DomainRuleViolation {@code required},
     * malformed text as {@code id.malformed}.
     */
    public static CommunityId of(String text) {
        return new CommunityId(Ids.parse(text, "communityId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
