package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.ReviseActivityUseCase;

/** REST: {@link ReviseActivityUseCase} at {@code PUT /api/v1/programs/{programId}/activities/{activityId}}. */
@RestController
record ReviseActivityController(ReviseActivityUseCase reviseActivity, ProgramWebMapper mapper) {

    @PutMapping("/api/v1/programs/{programId}/activities/{activityId}")
    ResponseEntity<Void> reviseActivity(
            @PathVariable UUID programId,
            @PathVariable UUID activityId,
            @Valid @RequestBody ActivityRequest request,
            ExpectedVersion expected) {
        reviseActivity.reviseActivity(mapper.reviseActivity(programId, activityId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
