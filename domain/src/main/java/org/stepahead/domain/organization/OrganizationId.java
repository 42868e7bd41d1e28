package org.stepahead.domain.organization;

import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;
import org.stepahead.domain.shared.Ids;
import org.stepahead.domain.shared.Texts;

/** Identifier of an {@link Organization}. */
public record OrganizationId(UUID value) implements Identifier {

    public OrganizationId {
        Texts.present(value, "organizationId");
    }

    public static OrganizationId random() {
        return new OrganizationId(UUID.randomUUID());
    }

    public static OrganizationId of(String text) {
        return new OrganizationId(Ids.parse(text, "organizationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
