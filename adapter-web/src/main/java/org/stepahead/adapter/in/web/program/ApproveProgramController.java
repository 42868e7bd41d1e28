package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.ApproveProgramUseCase;

/** REST: {@link ApproveProgramUseCase} at {@code POST /api/v1/programs/{programId}/approval}. */
@RestController
record ApproveProgramController(ApproveProgramUseCase approveProgram, ProgramWebMapper mapper) {

    @PostMapping("/api/v1/programs/{programId}/approval")
    ResponseEntity<Void> approve(
            @PathVariable UUID programId, @Valid @RequestBody ApproveProgramRequest request, ExpectedVersion expected) {
        approveProgram.approve(mapper.approve(programId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
