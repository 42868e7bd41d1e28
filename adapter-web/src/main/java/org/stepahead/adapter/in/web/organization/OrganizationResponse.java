package org.stepahead.adapter.in.web.organization;

import java.util.UUID;

/** Response: an organization. */
public record OrganizationResponse(
        UUID id,
        long version,
        String name,
        String shortName,
        String kind,
        String municipality,
        boolean lowResults,
        boolean hardSocialConditions) {}
