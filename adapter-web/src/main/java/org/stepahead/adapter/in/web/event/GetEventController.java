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
class GetEventController {

    private final GetEventUseCase getEvent;
    private final EventWebMapper mapper;

    GetEventController(GetEventUseCase getEvent, EventWebMapper mapper) {
        this.getEvent = getEvent;
        this.mapper = mapper;
    }

    @GetMapping("/api/v1/events/{eventId}")
    ResponseEntity<EventResponse> get(@PathVariable UUID eventId) {
        EventView view = getEvent.event(new EventId(eventId));
        return ETags.ok(view.version(), mapper.response(view));
    }
}
