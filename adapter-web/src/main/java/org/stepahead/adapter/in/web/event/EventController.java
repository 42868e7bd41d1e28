package org.stepahead.adapter.in.web.event;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.application.port.in.event.CommunityEventsQuery;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.GetCommunityEventsUseCase;
import org.stepahead.application.port.in.event.GetEventUseCase;
import org.stepahead.application.port.in.event.RecordAttendanceUseCase;
import org.stepahead.application.port.in.event.RecordMinutesUseCase;
import org.stepahead.application.port.in.event.ScheduleEventUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.EventId;

/** REST: communityEvents — schedule, a community's communityEvents in a date range, one event (ETag), attendance and minutes. */
@RestController
@RequestMapping("/api/v1")
class EventController {

    private final ScheduleEventUseCase scheduleEvent;
    private final GetCommunityEventsUseCase communityEvents;
    private final GetEventUseCase getEvent;
    private final RecordMinutesUseCase recordMinutes;
    private final RecordAttendanceUseCase recordAttendance;
    private final EventWebMapper mapper;

    EventController(
            ScheduleEventUseCase scheduleEvent,
            GetCommunityEventsUseCase communityEvents,
            GetEventUseCase getEvent,
            RecordMinutesUseCase recordMinutes,
            RecordAttendanceUseCase recordAttendance,
            EventWebMapper mapper) {
        this.scheduleEvent = scheduleEvent;
        this.communityEvents = communityEvents;
        this.getEvent = getEvent;
        this.recordMinutes = recordMinutes;
        this.recordAttendance = recordAttendance;
        this.mapper = mapper;
    }

    @PostMapping("/communities/{communityId}/events")
    ResponseEntity<CreatedResponse> schedule(
            @PathVariable UUID communityId, @Valid @RequestBody ScheduleEventRequest request) {
        EventId id = scheduleEvent.schedule(mapper.schedule(communityId, request));
        return Created.at("/api/v1/events/" + id.value(), id.value());
    }

    @GetMapping("/communities/{communityId}/events")
    List<EventResponse> eventsOf(
            @PathVariable UUID communityId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return communityEvents.events(new CommunityEventsQuery(new CommunityId(communityId), from, to)).stream()
                .map(mapper::response)
                .toList();
    }

    @GetMapping("/events/{eventId}")
    ResponseEntity<EventResponse> get(@PathVariable UUID eventId) {
        EventView view = getEvent.event(new EventId(eventId));
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(mapper.response(view));
    }

    @PostMapping("/events/{eventId}/attendance")
    ResponseEntity<Void> attendance(
            @PathVariable UUID eventId,
            @Valid @RequestBody AttendanceRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        recordAttendance.recordAttendance(mapper.attendance(eventId, request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/events/{eventId}/minutes")
    ResponseEntity<Void> minutes(
            @PathVariable UUID eventId,
            @Valid @RequestBody MinutesRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        recordMinutes.recordMinutes(mapper.minutes(eventId, request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }
}
