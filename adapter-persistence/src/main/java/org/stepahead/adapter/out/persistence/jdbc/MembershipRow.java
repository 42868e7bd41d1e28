package org.stepahead.adapter.out.persistence.jdbc;

import java.time.LocalDate;
import java.util.UUID;

/** Persistence adapter: a row of table {@code membership}. */
public record MembershipRow(
        UUID id,
        long version,
        UUID communityId,
        UUID educatorId,
        LocalDate joinedOn,
        LocalDate leftOn,
        LocalDate consentGivenOn,
        String consentBasis,
        String admissionBasis) {}
