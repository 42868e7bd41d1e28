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
import org.stepahead.application.port.in.event.AttendanceSummaryQuery;
import org.stepahead.application.port.in.event.GenerateEventsCommand;
import org.stepahead.application.port.in.event.GenerateEventsUseCase;
import org.stepahead.application.port.in.event.GetAttendanceSummaryUseCase;
import org.stepahead.application.port.in.event.PlanDecisionCommand;
import org.stepahead.application.port.in.event.PlanDecisionUseCase;
import org.stepahead.application.port.in.event.PreviewEventsUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;

/**
 * REST: events from schedules (occurrences and idempotent generation per program), attendance summaries per event
 * and per member (of a community or a program), and decisions of the minutes becoming plan items.
 */
@RestController
@RequestMapping("/api/v1")
class EventPlanningController {

    private final GenerateEventsUseCase generateEvents;
    private final PreviewEventsUseCase previewEvents;
    private final GetAttendanceSummaryUseCase attendanceSummary;
    private final PlanDecisionUseCase planDecision;
    private final EventPlanningWebMapper mapper;

    EventPlanningController(
            GenerateEventsUseCase generateEvents,
            PreviewEventsUseCase previewEvents,
            GetAttendanceSummaryUseCase attendanceSummary,
            PlanDecisionUseCase planDecision,
            EventPlanningWebMapper mapper) {
        this.generateEvents = generateEvents;
        this.previewEvents = previewEvents;
        this.attendanceSummary = attendanceSummary;
        this.planDecision = planDecision;
        this.mapper = mapper;
    }

    @GetMapping("/programs/{programId}/occurrences")
    List<ActivityOccurrencesResponse> occurrences(
            @PathVariable UUID programId,
            @RequestParam(required = false) UUID stageId,
            @RequestParam(required = false) UUID activityId) {
        GenerateEventsCommand command = new GenerateEventsCommand(
                new ProgramId(programId),
                stageId == null ? null : new StageId(stageId),
                activityId == null ? null : new ActivityId(activityId),
                null);
        return previewEvents.preview(command).stream().map(mapper::occurrences).toList();
    }

    @PostMapping("/programs/{programId}/events/generation")
    GenerationReportResponse generate(
            @PathVariable UUID programId, @Valid @RequestBody(required = false) GenerateEventsRequest request) {
        GenerateEventsRequest body = request == null ? new GenerateEventsRequest(null, null, null) : request;
        return mapper.report(generateEvents.generate(mapper.generate(programId, body)));
    }

    @GetMapping("/communities/{communityId}/attendance/events")
    List<EventAttendanceResponse> communityByEvent(
            @PathVariable UUID communityId,
            @RequestParam(required = false) UUID programId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return attendanceSummary.byEvent(query(new CommunityId(communityId), programId, from, to)).stream()
                .map(mapper::attendance)
                .toList();
    }

    @GetMapping("/communities/{communityId}/attendance/members")
    List<MemberAttendanceResponse> communityByMember(
            @PathVariable UUID communityId,
            @RequestParam(required = false) UUID programId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return attendanceSummary.byMember(query(new CommunityId(communityId), programId, from, to)).stream()
                .map(mapper::attendance)
                .toList();
    }

    @GetMapping("/programs/{programId}/attendance/events")
    List<EventAttendanceResponse> programByEvent(
            @PathVariable UUID programId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return attendanceSummary.byEvent(query(null, programId, from, to)).stream()
                .map(mapper::attendance)
                .toList();
    }

    @GetMapping("/programs/{programId}/attendance/members")
    List<MemberAttendanceResponse> programByMember(
            @PathVariable UUID programId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return attendanceSummary.byMember(query(null, programId, from, to)).stream()
                .map(mapper::attendance)
                .toList();
    }

    private static AttendanceSummaryQuery query(CommunityId community, UUID programId, LocalDate from, LocalDate to) {
        return new AttendanceSummaryQuery(community, programId == null ? null : new ProgramId(programId), from, to);
    }

    @PostMapping("/events/{eventId}/minutes/decisions")
    ResponseEntity<CreatedResponse> planDecision(
            @PathVariable UUID eventId,
            @Valid @RequestBody PlanDecisionRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PlanDecisionCommand command = mapper.decision(eventId, request, ETags.expectedVersion(ifMatch));
        ActivityId id = planDecision.plan(command);
        return Created.at("/api/v1/programs/" + request.programId() + "/activities/" + id.value(), id.value());
    }
}
