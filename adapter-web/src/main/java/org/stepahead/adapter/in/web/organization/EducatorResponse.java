package org.stepahead.adapter.in.web.organization;

import java.util.UUID;

/** Response: an educator with everything registered. */
public record EducatorResponse(
        UUID id,
        long version,
        String surname,
        String givenName,
        String patronymic,
        String fullName,
        UUID organizationId,
        String position,
        String experience,
        String email) {}
