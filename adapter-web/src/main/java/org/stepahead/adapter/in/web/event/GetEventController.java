package org.stepahead.adapter.in.web.event;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.GetEventUseCase;
import org.stepahead.domain.event.EventId;

/** REST: {@link GetEventUseCase} at {@code GET /api/v1/events/{eventId}}, with the event's version as ETag. */
@RestController
record GetEventController(GetEventUseCase getEvent, EventWebMapper mapper) {

    @GetMapping("/api/v1/events/{eventId}")
    ResponseEntity<EventResponse> get(@PathVariable UUID eventId) {
        return ETags.ok(getEvent.event(new EventId(eventId)), EventView::version, mapper::response);
    }
}
