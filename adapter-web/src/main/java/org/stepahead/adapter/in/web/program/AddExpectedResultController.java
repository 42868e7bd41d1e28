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
import org.stepahead.application.port.in.program.AddExpectedResultUseCase;

/** REST: {@link AddExpectedResultUseCase} at {@code POST /api/v1/programs/{programId}/results}. */
@RestController
record AddExpectedResultController(AddExpectedResultUseCase addExpectedResult, ProgramWebMapper mapper) {

    @PostMapping("/api/v1/programs/{programId}/results")
    ResponseEntity<CreatedResponse> addExpectedResult(
            @PathVariable UUID programId, @Valid @RequestBody ExpectedResultRequest request, ExpectedVersion expected) {
        return ProgramParts.created(
                programId,
                "results",
                addExpectedResult
                        .addExpectedResult(mapper.addResult(programId, request, expected.value()))
                        .value());
    }
}
