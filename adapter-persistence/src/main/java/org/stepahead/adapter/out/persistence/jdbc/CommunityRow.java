package org.stepahead.adapter.out.persistence.jdbc;

import java.time.LocalDate;
import java.util.UUID;

/** Persistence adapter: a row of table {@code community}. */
public record CommunityRow(
        UUID id,
        long version,
        String name,
        String kind,
        String level,
        UUID coordinatingOrganization,
        String foundingTitle,
        String foundingNumber,
        LocalDate foundingDate,
        String timeZone,
        String description,
        String goal,
        String nameKey) {}
