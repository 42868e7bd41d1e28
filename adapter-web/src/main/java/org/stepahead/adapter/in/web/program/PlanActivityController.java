package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.PlanActivityUseCase;

/** REST: {@link PlanActivityUseCase} at {@code POST /api/v1/programs/{programId}/activities}. */
@RestController
record PlanActivityController(PlanActivityUseCase planActivity, ProgramWebMapper mapper) {

    @PostMapping("/api/v1/programs/{programId}/activities")
    ResponseEntity<CreatedResponse> planActivity(
            @PathVariable UUID programId, @Valid @RequestBody ActivityRequest request, ExpectedVersion expected) {
        return ProgramParts.created(
                programId,
                "activities",
                planActivity
                        .planActivity(mapper.planActivity(programId, request, expected.value()))
                        .value());
    }
}
