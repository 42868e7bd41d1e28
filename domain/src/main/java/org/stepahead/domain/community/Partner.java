package org.stepahead.domain.community;

import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.DocumentRef;
import org.stepahead.domain.shared.Texts;

/**
 * Value: an organization that supports a community — a resource organization, or a base site with its theme and
 * the order that gave it that status.
 */
public record Partner(OrganizationId organizationId, PartnerRole role, String theme, DocumentRef basis)
        implements ValueObject {

    public Partner {
        Texts.present(organizationId, "partner.organizationId");
        Texts.present(role, "partner.role");
        theme = Texts.optional(theme);
    }
}
