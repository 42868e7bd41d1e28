package org.stepahead.adapter.out.persistence.jdbc;

import java.util.UUID;

/** Persistence adapter: a row of table {@code organization}. */
public record OrganizationRow(
        UUID id,
        long version,
        String name,
        String shortName,
        String kind,
        String municipality,
        boolean lowResults,
        boolean hardSocialConditions,
        String nameKey) {}
