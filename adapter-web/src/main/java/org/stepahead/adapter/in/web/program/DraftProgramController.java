package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.application.port.in.program.DraftProgramUseCase;
import org.stepahead.domain.program.ProgramId;

/** REST: {@link DraftProgramUseCase} at {@code POST /api/v1/communities/{communityId}/programs}. */
@RestController
record DraftProgramController(DraftProgramUseCase draftProgram, ProgramWebMapper mapper) {

    @PostMapping("/api/v1/communities/{communityId}/programs")
    ResponseEntity<CreatedResponse> draft(
            @PathVariable UUID communityId, @Valid @RequestBody DraftProgramRequest request) {
        ProgramId id = draftProgram.draft(mapper.draft(communityId, request));
        return Created.in("/api/v1/programs", id.value());
    }
}
