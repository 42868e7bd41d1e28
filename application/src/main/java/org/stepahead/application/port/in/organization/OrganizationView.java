package org.stepahead.application.port.in.organization;

import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;

/** Read model: an organization. */
public record OrganizationView(
        OrganizationId id,
        long version,
        String name,
        String shortName,
        OrganizationKind kind,
        String municipality,
        boolean lowResults,
        boolean hardSocialConditions) {}
