package org.stepahead.adapter.in.web.event;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.event.RecordMinutesUseCase;

/** REST: {@link RecordMinutesUseCase} at {@code POST /api/v1/events/{eventId}/minutes}. */
@RestController
record RecordMinutesController(RecordMinutesUseCase recordMinutes, EventWebMapper mapper) {

    @PostMapping("/api/v1/events/{eventId}/minutes")
    ResponseEntity<Void> record(
            @PathVariable UUID eventId, @Valid @RequestBody MinutesRequest request, ExpectedVersion expected) {
        recordMinutes.recordMinutes(mapper.minutes(eventId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
