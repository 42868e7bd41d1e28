package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.AssessResultUseCase;

/** REST: {@link AssessResultUseCase} at {@code POST /api/v1/programs/{programId}/results/{resultId}/assessment}. */
@RestController
record AssessResultController(AssessResultUseCase assessResult, ProgramWebMapper mapper) {

    @PostMapping("/api/v1/programs/{programId}/results/{resultId}/assessment")
    ResponseEntity<Void> assess(
            @PathVariable UUID programId,
            @PathVariable UUID resultId,
            @Valid @RequestBody AssessResultRequest request,
            ExpectedVersion expected) {
        assessResult.assess(mapper.assess(programId, resultId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
