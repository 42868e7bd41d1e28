package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.ReviseDirectionUseCase;

/** REST: {@link ReviseDirectionUseCase} at {@code PUT /api/v1/programs/{programId}/directions/{directionId}}. */
@RestController
record ReviseDirectionController(ReviseDirectionUseCase reviseDirection, ProgramWebMapper mapper) {

    @PutMapping("/api/v1/programs/{programId}/directions/{directionId}")
    ResponseEntity<Void> reviseDirection(
            @PathVariable UUID programId,
            @PathVariable UUID directionId,
            @Valid @RequestBody DirectionRequest request,
            ExpectedVersion expected) {
        reviseDirection.reviseDirection(mapper.reviseDirection(programId, directionId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
