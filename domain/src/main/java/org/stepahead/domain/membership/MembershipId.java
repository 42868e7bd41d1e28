package org.stepahead.domain.membership;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Ids;
import org.stepahead.domain.shared.Texts;

/** Identifier of an {@link Membership}. */
public record MembershipId(UUID value) implements Identifier {

    public MembershipId {
        Texts.present(value, "membershipId");
    }

    /** A new, random identifier for a membership being created. */
    public static MembershipId random() {
        return new MembershipId(UUID.randomUUID());
    }

    /**
     * Reads the identifier from its text form (a UUID); blank text is refused as DomainRuleViolation {@code required},
     * malformed text as {@code id.malformed}.
     */
    public static MembershipId of(String text) {
        return new MembershipId(Ids.parse(text, "membershipId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
