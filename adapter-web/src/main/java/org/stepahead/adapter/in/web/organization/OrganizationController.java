package org.stepahead.adapter.in.web.organization;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.adapter.in.web.common.NameOrder;
import org.stepahead.adapter.in.web.common.PageResponse;
import org.stepahead.application.port.in.PageQuery;
import org.stepahead.application.port.in.educator.GetEducatorUseCase;
import org.stepahead.application.port.in.educator.RegisterEducatorUseCase;
import org.stepahead.application.port.in.organization.GetOrganizationUseCase;
import org.stepahead.application.port.in.organization.ListOrganizationsUseCase;
import org.stepahead.application.port.in.organization.RegisterOrganizationUseCase;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.organization.OrganizationId;

/** REST: organizations (schools, centres, authorities) and the educators working at them. */
@RestController
@RequestMapping("/api/v1")
class OrganizationController {

    private final RegisterOrganizationUseCase registerOrganization;
    private final ListOrganizationsUseCase listOrganizations;
    private final GetOrganizationUseCase getOrganization;
    private final RegisterEducatorUseCase registerEducator;
    private final GetEducatorUseCase getEducator;
    private final OrganizationWebMapper mapper;

    OrganizationController(
            RegisterOrganizationUseCase registerOrganization,
            ListOrganizationsUseCase listOrganizations,
            GetOrganizationUseCase getOrganization,
            RegisterEducatorUseCase registerEducator,
            GetEducatorUseCase getEducator,
            OrganizationWebMapper mapper) {
        this.registerOrganization = registerOrganization;
        this.listOrganizations = listOrganizations;
        this.getOrganization = getOrganization;
        this.registerEducator = registerEducator;
        this.getEducator = getEducator;
        this.mapper = mapper;
    }

    @PostMapping("/organizations")
    ResponseEntity<CreatedResponse> register(@Valid @RequestBody RegisterOrganizationRequest request) {
        OrganizationId id = registerOrganization.register(mapper.command(request));
        return Created.at("/api/v1/organizations/" + id.value(), id.value());
    }

    @GetMapping("/organizations")
    PageResponse<OrganizationResponse> list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "name (А to Я) or name,desc (Я to А)", example = "name")
                    @RequestParam(defaultValue = "name")
                    NameOrder sort) {
        return PageResponse.of(listOrganizations.list(new PageQuery(page, size, sort.descending())), mapper::response);
    }

    @GetMapping("/organizations/{organizationId}")
    OrganizationResponse get(@PathVariable UUID organizationId) {
        return mapper.response(getOrganization.get(new OrganizationId(organizationId)));
    }

    @PostMapping("/educators")
    ResponseEntity<CreatedResponse> registerEducator(@Valid @RequestBody RegisterEducatorRequest request) {
        EducatorId id = registerEducator.register(mapper.command(request));
        return Created.at("/api/v1/educators/" + id.value(), id.value());
    }

    @GetMapping("/educators/{educatorId}")
    EducatorResponse getEducator(@PathVariable UUID educatorId) {
        return mapper.response(getEducator.get(new EducatorId(educatorId)));
    }

    @PostMapping("/educators/bulk")
    ResponseEntity<CreatedListResponse> registerEducators(@Valid @RequestBody RegisterEducatorsRequest request) {
        List<EducatorId> ids = registerEducator.registerAll(
                request.educators().stream().map(mapper::command).toList());
        return ResponseEntity.status(201)
                .body(new CreatedListResponse(
                        ids.stream().map(EducatorId::value).toList()));
    }
}
