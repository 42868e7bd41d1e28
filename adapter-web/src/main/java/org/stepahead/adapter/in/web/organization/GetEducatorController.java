package org.stepahead.adapter.in.web.organization;

import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.educator.GetEducatorUseCase;
import org.stepahead.domain.educator.EducatorId;

/** REST: {@link GetEducatorUseCase} at {@code GET /api/v1/educators/{educatorId}}. */
@RestController
record GetEducatorController(GetEducatorUseCase getEducator, OrganizationWebMapper mapper) {

    @GetMapping("/api/v1/educators/{educatorId}")
    EducatorResponse get(@PathVariable UUID educatorId) {
        return mapper.response(getEducator.get(new EducatorId(educatorId)));
    }
}
