package org.stepahead.application.port.in.educator;

import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.organization.OrganizationId;

/** Read model: an educator. */
public record EducatorView(
        EducatorId id,
        long version,
        String surname,
        String givenName,
        String patronymic,
        String fullName,
        OrganizationId organizationId,
        String position,
        ExperienceLevel experience,
        String email) {}
