package org.stepahead.adapter.in.web.event;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.event.GenerateEventsUseCase;

/** REST: {@link GenerateEventsUseCase} at {@code POST /api/v1/programs/{programId}/events/generation} (idempotent). */
@RestController
record GenerateEventsController(GenerateEventsUseCase generateEvents, EventPlanningWebMapper mapper) {

    @PostMapping("/api/v1/programs/{programId}/events/generation")
    GenerationReportResponse generate(
            @PathVariable UUID programId, @Valid @RequestBody(required = false) GenerateEventsRequest request) {
        GenerateEventsRequest body = request == null ? new GenerateEventsRequest(null, null, null) : request;
        return mapper.report(generateEvents.generate(mapper.generate(programId, body)));
    }
}
