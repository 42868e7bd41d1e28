package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.ReviseExpectedResultUseCase;

/** REST: {@link ReviseExpectedResultUseCase} at {@code PUT /api/v1/programs/{programId}/results/{resultId}}. */
@RestController
record ReviseExpectedResultController(ReviseExpectedResultUseCase reviseExpectedResult, ProgramWebMapper mapper) {

    @PutMapping("/api/v1/programs/{programId}/results/{resultId}")
    ResponseEntity<Void> reviseExpectedResult(
            @PathVariable UUID programId,
            @PathVariable UUID resultId,
            @Valid @RequestBody ExpectedResultRequest request,
            ExpectedVersion expected) {
        reviseExpectedResult.reviseExpectedResult(mapper.reviseResult(programId, resultId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
