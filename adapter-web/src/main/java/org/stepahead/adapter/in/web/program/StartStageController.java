package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.StartStageUseCase;

/** REST: {@link StartStageUseCase} at {@code POST /api/v1/programs/{programId}/stages/{stageId}/start}. */
@RestController
record StartStageController(StartStageUseCase startStage, ProgramWebMapper mapper) {

    @PostMapping("/api/v1/programs/{programId}/stages/{stageId}/start")
    ResponseEntity<Void> startStage(
            @PathVariable UUID programId,
            @PathVariable UUID stageId,
            @Valid @RequestBody(required = false) StageDayRequest request,
            ExpectedVersion expected) {
        startStage.startStage(mapper.startStage(programId, stageId, ProgramParts.orToday(request), expected.value()));
        return ResponseEntity.noContent().build();
    }
}
