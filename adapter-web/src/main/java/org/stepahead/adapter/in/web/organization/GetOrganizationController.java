package org.stepahead.adapter.in.web.organization;

import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.organization.GetOrganizationUseCase;
import org.stepahead.domain.organization.OrganizationId;

/** REST: {@link GetOrganizationUseCase} at {@code GET /api/v1/organizations/{organizationId}}. */
@RestController
record GetOrganizationController(GetOrganizationUseCase getOrganization, OrganizationWebMapper mapper) {

    @GetMapping("/api/v1/organizations/{organizationId}")
    OrganizationResponse get(@PathVariable UUID organizationId) {
        return mapper.response(getOrganization.get(new OrganizationId(organizationId)));
    }
}
