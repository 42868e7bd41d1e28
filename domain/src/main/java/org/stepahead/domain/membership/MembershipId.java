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

    public static MembershipId random() {
        return new MembershipId(UUID.randomUUID());
    }

    public static MembershipId of(String text) {
        return new MembershipId(Ids.parse(text, "membershipId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
