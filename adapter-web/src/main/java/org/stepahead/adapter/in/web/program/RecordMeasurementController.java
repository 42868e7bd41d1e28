package org.stepahead.adapter.in.web.program;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.program.RecordMeasurementUseCase;

/**
 * REST: {@link RecordMeasurementUseCase} at {@code POST
 * /api/v1/programs/{programId}/indicators/{indicatorId}/measurements}.
 */
@RestController
record RecordMeasurementController(RecordMeasurementUseCase recordMeasurement, ProgramWebMapper mapper) {

    @PostMapping("/api/v1/programs/{programId}/indicators/{indicatorId}/measurements")
    ResponseEntity<Void> record(
            @PathVariable UUID programId,
            @PathVariable UUID indicatorId,
            @Valid @RequestBody MeasurementRequest request,
            ExpectedVersion expected) {
        recordMeasurement.record(mapper.measurement(programId, indicatorId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
