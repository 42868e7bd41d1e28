package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.ReviseProgramUseCase;

/** REST: {@link ReviseProgramUseCase} at {@code PUT /api/v1/programs/{programId}}. */
@RestController
record ReviseProgramController(ReviseProgramUseCase reviseProgram, ProgramWebMapper mapper) {

    @PutMapping("/api/v1/programs/{programId}")
    ResponseEntity<Void> revise(
            @PathVariable UUID programId, @Valid @RequestBody DraftProgramRequest request, ExpectedVersion expected) {
        reviseProgram.revise(mapper.revise(programId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
