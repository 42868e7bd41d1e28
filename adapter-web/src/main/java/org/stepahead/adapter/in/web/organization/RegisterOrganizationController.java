package org.stepahead.adapter.in.web.organization;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.application.port.in.organization.RegisterOrganizationUseCase;
import org.stepahead.domain.organization.OrganizationId;

/** REST: {@link RegisterOrganizationUseCase} at {@code POST /api/v1/organizations}. */
@RestController
record RegisterOrganizationController(RegisterOrganizationUseCase registerOrganization, OrganizationWebMapper mapper) {

    @PostMapping("/api/v1/organizations")
    ResponseEntity<CreatedResponse> register(@Valid @RequestBody RegisterOrganizationRequest request) {
        OrganizationId id = registerOrganization.register(mapper.command(request));
        return Created.in("/api/v1/organizations", id.value());
    }
}
