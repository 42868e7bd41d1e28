package org.stepahead.adapter.in.web.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.organization.OrganizationKind;

/** Request: register an organization. */
public record RegisterOrganizationRequest(
        @NotBlank @Size(max = 500) String name,
        @Size(max = 200) String shortName,
        @NotNull @EnumName(OrganizationKind.class) String kind,
        @Size(max = 200) String municipality,
        Boolean lowResults,
        Boolean hardSocialConditions) {}
