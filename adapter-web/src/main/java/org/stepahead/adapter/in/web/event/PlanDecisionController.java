package org.stepahead.adapter.in.web.event;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.event.PlanDecisionUseCase;
import org.stepahead.domain.program.ActivityId;

/** REST: {@link PlanDecisionUseCase} at {@code POST /api/v1/events/{eventId}/minutes/decisions}. */
@RestController
record PlanDecisionController(PlanDecisionUseCase planDecision, EventPlanningWebMapper mapper) {

    @PostMapping("/api/v1/events/{eventId}/minutes/decisions")
    ResponseEntity<CreatedResponse> planDecision(
            @PathVariable UUID eventId, @Valid @RequestBody PlanDecisionRequest request, ExpectedVersion expected) {
        ActivityId id = planDecision.plan(mapper.decision(eventId, request, expected.value()));
        return Created.at("/api/v1/programs/" + request.programId() + "/activities/" + id.value(), id.value());
    }
}
