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
import org.stepahead.application.port.in.program.AddIndicatorUseCase;

/** REST: {@link AddIndicatorUseCase} at {@code POST /api/v1/programs/{programId}/indicators}. */
@RestController
record AddIndicatorController(AddIndicatorUseCase addIndicator, ProgramWebMapper mapper) {

    @PostMapping("/api/v1/programs/{programId}/indicators")
    ResponseEntity<CreatedResponse> addIndicator(
            @PathVariable UUID programId, @Valid @RequestBody IndicatorRequest request, ExpectedVersion expected) {
        return ProgramParts.created(
                programId,
                "indicators",
                addIndicator
                        .addIndicator(mapper.addIndicator(programId, request, expected.value()))
                        .value());
    }
}
