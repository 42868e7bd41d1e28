package org.stepahead.adapter.in.web.event;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.event.CancelEventUseCase;

/** REST: {@link CancelEventUseCase} at {@code POST /api/v1/events/{eventId}/cancel}; the body (a reason) is optional. */
@RestController
record CancelEventController(CancelEventUseCase cancelEvent, EventWebMapper mapper) {

    @PostMapping("/api/v1/events/{eventId}/cancel")
    ResponseEntity<Void> cancel(
            @PathVariable UUID eventId,
            @Valid @RequestBody(required = false) CancelEventRequest request,
            ExpectedVersion expected) {
        CancelEventRequest body = request == null ? new CancelEventRequest(null) : request;
        cancelEvent.cancel(mapper.cancel(eventId, body, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
