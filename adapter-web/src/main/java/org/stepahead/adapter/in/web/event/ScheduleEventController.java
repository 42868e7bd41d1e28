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
import org.stepahead.application.port.in.event.ScheduleEventUseCase;
import org.stepahead.domain.event.EventId;

/** REST: {@link ScheduleEventUseCase} at {@code POST /api/v1/communities/{communityId}/events}. */
@RestController
record ScheduleEventController(ScheduleEventUseCase scheduleEvent, EventWebMapper mapper) {

    @PostMapping("/api/v1/communities/{communityId}/events")
    ResponseEntity<CreatedResponse> schedule(
            @PathVariable UUID communityId, @Valid @RequestBody ScheduleEventRequest request) {
        EventId id = scheduleEvent.schedule(mapper.schedule(communityId, request));
        return Created.in("/api/v1/events", id.value());
    }
}
