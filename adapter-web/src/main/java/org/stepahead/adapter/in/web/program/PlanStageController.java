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
import org.stepahead.application.port.in.program.PlanStageUseCase;

/** REST: {@link PlanStageUseCase} at {@code POST /api/v1/programs/{programId}/stages}. */
@RestController
record PlanStageController(PlanStageUseCase planStage, ProgramWebMapper mapper) {

    @PostMapping("/api/v1/programs/{programId}/stages")
    ResponseEntity<CreatedResponse> addStage(
            @PathVariable UUID programId, @Valid @RequestBody StageRequest request, ExpectedVersion expected) {
        return ProgramParts.created(
                programId,
                "stages",
                planStage
                        .addStage(mapper.planStage(programId, request, expected.value()))
                        .value());
    }
}
