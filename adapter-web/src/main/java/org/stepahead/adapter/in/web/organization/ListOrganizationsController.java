package org.stepahead.adapter.in.web.organization;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.NameOrder;
import org.stepahead.adapter.in.web.common.PageResponse;
import org.stepahead.application.port.in.PageQuery;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;

/** REST: {@link ListOrganizationsUseCase} at {@code GET /api/v1/organizations}, a page in name order. */
@RestController
record ListOrganizationsController(ListOrganizationsUseCase listOrganizations, OrganizationWebMapper mapper) {

    @GetMapping("/api/v1/organizations")
    PageResponse<OrganizationResponse> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "name (А to Я) or name,desc (Я to А)", example = "name")
                    @RequestParam(defaultValue = "name")
                    NameOrder sort) {
        return PageResponse.of(listOrganizations.list(new PageQuery(page, size, sort.descending())), mapper::response);
    }
}
