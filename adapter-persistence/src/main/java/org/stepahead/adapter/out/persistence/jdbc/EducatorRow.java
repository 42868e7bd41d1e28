package org.stepahead.adapter.out.persistence.jdbc;

import java.util.UUID;

/** Persistence adapter: a row of table {@code educator}. */
public record EducatorRow(
        UUID id,
        long version,
        String surname,
        String givenName,
        String patronymic,
        UUID organizationId,
        String positionTitle,
        String experience,
        String email,
        String surnameKey,
        String givenNameKey,
        String patronymicKey,
        String nameKey) {}
