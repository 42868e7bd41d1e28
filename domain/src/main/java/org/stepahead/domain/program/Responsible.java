package org.stepahead.domain.program;

import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.Texts;

/**
 * Value: a party accountable for an activity (ответственные), as the plan names it, linked to a registered
 * organization or educator when known.
 */
public record Responsible(String name, OrganizationId organizationId, EducatorId educatorId) implements ValueObject {

    public Responsible {
        name = Texts.required(name, "responsible.name");
    }

    /** A party known only by the name the plan gives, linked to no registered organization or educator. */
    public static Responsible named(String name) {
        return new Responsible(name, null, null);
    }
}
