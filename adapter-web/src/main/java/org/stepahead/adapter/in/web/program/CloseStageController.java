package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.CloseStageUseCase;

/** REST: {@link CloseStageUseCase} at {@code POST /api/v1/programs/{programId}/stages/{stageId}/close}. */
@RestController
record CloseStageController(CloseStageUseCase closeStage, ProgramWebMapper mapper) {

    @PostMapping("/api/v1/programs/{programId}/stages/{stageId}/close")
    ResponseEntity<Void> closeStage(
            @PathVariable UUID programId,
            @PathVariable UUID stageId,
            @Valid @RequestBody(required = false) StageDayRequest request,
            ExpectedVersion expected) {
        closeStage.closeStage(mapper.closeStage(programId, stageId, ProgramParts.orToday(request), expected.value()));
        return ResponseEntity.noContent().build();
    }
}
