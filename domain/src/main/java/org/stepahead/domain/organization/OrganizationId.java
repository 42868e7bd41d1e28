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

    /** A new, random identifier for a organization being created. */
    public static OrganizationId random() {
        return new OrganizationId(UUID.randomUUID());
    }

    /**
     * Reads the identifier from its text form (a UUID); blank text is refused as DomainRuleViolation {@code required},
     * malformed text as {@code id.malformed}.
     */
    public static OrganizationId of(String text) {
        return new OrganizationId(Ids.parse(text, "organizationId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
