package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.AddDirectionUseCase;

/** REST: {@link AddDirectionUseCase} at {@code POST /api/v1/programs/{programId}/directions}. */
@RestController
record AddDirectionController(AddDirectionUseCase addDirection, ProgramWebMapper mapper) {

    @PostMapping("/api/v1/programs/{programId}/directions")
    ResponseEntity<CreatedResponse> addDirection(
            @PathVariable UUID programId, @Valid @RequestBody DirectionRequest request, ExpectedVersion expected) {
        return ProgramParts.created(
                programId,
                "directions",
                addDirection
                        .addDirection(mapper.addDirection(programId, request, expected.value()))
                        .value());
    }
}
