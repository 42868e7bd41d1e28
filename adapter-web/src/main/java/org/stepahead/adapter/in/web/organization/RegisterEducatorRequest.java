package org.stepahead.adapter.in.web.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.educator.ExperienceLevel;

/** Request: register an educator, working at a registered organization or none. */
public record RegisterEducatorRequest(
        @NotBlank @Size(max = 100) String surname,
        @NotBlank @Size(max = 100) String givenName,
        @Size(max = 100) String patronymic,
        UUID organizationId,
        @Size(max = 300) String position,
        @NotNull @EnumName(ExperienceLevel.class) String experience,
        @Email @Size(max = 200) String email) {}
