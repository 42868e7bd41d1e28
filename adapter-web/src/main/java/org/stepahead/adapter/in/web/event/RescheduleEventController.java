package org.stepahead.adapter.in.web.event;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.event.RescheduleEventUseCase;

/** REST: {@link RescheduleEventUseCase} at {@code POST /api/v1/events/{eventId}/reschedule}. */
@RestController
record RescheduleEventController(RescheduleEventUseCase rescheduleEvent, EventWebMapper mapper) {

    @PostMapping("/api/v1/events/{eventId}/reschedule")
    ResponseEntity<Void> reschedule(
            @PathVariable UUID eventId, @Valid @RequestBody RescheduleEventRequest request, ExpectedVersion expected) {
        rescheduleEvent.reschedule(mapper.reschedule(eventId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
