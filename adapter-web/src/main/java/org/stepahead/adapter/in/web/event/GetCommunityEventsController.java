package org.stepahead.adapter.in.web.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.event.CommunityEventsQuery;
import org.stepahead.application.port.in.event.GetCommunityEventsUseCase;
import org.stepahead.domain.community.CommunityId;

/** REST: {@link GetCommunityEventsUseCase} at {@code GET /api/v1/communities/{communityId}/events?from&to}. */
@RestController
record GetCommunityEventsController(GetCommunityEventsUseCase communityEvents, EventWebMapper mapper) {

    @GetMapping("/api/v1/communities/{communityId}/events")
    List<EventResponse> eventsOf(
            @PathVariable UUID communityId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return communityEvents.events(new CommunityEventsQuery(new CommunityId(communityId), from, to)).stream()
                .map(mapper::response)
                .toList();
    }
}
