package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.ReviseStageUseCase;

/** REST: {@link ReviseStageUseCase} at {@code PUT /api/v1/programs/{programId}/stages/{stageId}}. */
@RestController
record ReviseStageController(ReviseStageUseCase reviseStage, ProgramWebMapper mapper) {

    @PutMapping("/api/v1/programs/{programId}/stages/{stageId}")
    ResponseEntity<Void> reviseStage(
            @PathVariable UUID programId,
            @PathVariable UUID stageId,
            @Valid @RequestBody StageRequest request,
            ExpectedVersion expected) {
        reviseStage.reviseStage(mapper.reviseStage(programId, stageId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
