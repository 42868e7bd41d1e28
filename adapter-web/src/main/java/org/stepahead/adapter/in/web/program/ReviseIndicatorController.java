package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.ReviseIndicatorUseCase;

/** REST: {@link ReviseIndicatorUseCase} at {@code PUT /api/v1/programs/{programId}/indicators/{indicatorId}}. */
@RestController
record ReviseIndicatorController(ReviseIndicatorUseCase reviseIndicator, ProgramWebMapper mapper) {

    @PutMapping("/api/v1/programs/{programId}/indicators/{indicatorId}")
    ResponseEntity<Void> reviseIndicator(
            @PathVariable UUID programId,
            @PathVariable UUID indicatorId,
            @Valid @RequestBody IndicatorRequest request,
            ExpectedVersion expected) {
        reviseIndicator.reviseIndicator(mapper.reviseIndicator(programId, indicatorId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
