package org.stepahead.adapter.in.web.organization;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.application.port.in.educator.RegisterEducatorUseCase;
import org.stepahead.domain.educator.EducatorId;

/** REST: {@link RegisterEducatorUseCase} at {@code POST /api/v1/educators} and {@code POST /api/v1/educators/bulk}. */
@RestController
record RegisterEducatorController(RegisterEducatorUseCase registerEducator, OrganizationWebMapper mapper) {

    @PostMapping("/api/v1/educators")
    ResponseEntity<CreatedResponse> register(@Valid @RequestBody RegisterEducatorRequest request) {
        EducatorId id = registerEducator.register(mapper.command(request));
        return Created.in("/api/v1/educators", id.value());
    }

    @PostMapping("/api/v1/educators/bulk")
    ResponseEntity<CreatedListResponse> registerAll(@Valid @RequestBody RegisterEducatorsRequest request) {
        List<EducatorId> ids = registerEducator.registerAll(
                request.educators().stream().map(mapper::command).toList());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CreatedListResponse(
                        ids.stream().map(EducatorId::value).toList()));
    }
}
