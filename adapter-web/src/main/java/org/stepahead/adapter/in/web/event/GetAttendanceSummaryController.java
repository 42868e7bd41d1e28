package org.stepahead.adapter.in.web.event;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.event.AttendanceSummaryQuery;
import org.stepahead.application.port.in.event.GetAttendanceSummaryUseCase;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.program.ProgramId;

/**
 * REST: {@link GetAttendanceSummaryUseCase} at {@code GET /api/v1/communities|programs/{id}/attendance/events|members}.
 */
@RestController
record GetAttendanceSummaryController(GetAttendanceSummaryUseCase attendanceSummary, EventPlanningWebMapper mapper) {

    @GetMapping("/api/v1/communities/{communityId}/attendance/events")
    List<EventAttendanceResponse> communityByEvent(
            @PathVariable UUID communityId,
            @RequestParam(required = false) UUID programId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return byEvent(query(new CommunityId(communityId), programId, from, to));
    }

    @GetMapping("/api/v1/communities/{communityId}/attendance/members")
    List<MemberAttendanceResponse> communityByMember(
            @PathVariable UUID communityId,
            @RequestParam(required = false) UUID programId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return byMember(query(new CommunityId(communityId), programId, from, to));
    }

    @GetMapping("/api/v1/programs/{programId}/attendance/events")
    List<EventAttendanceResponse> programByEvent(
            @PathVariable UUID programId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return byEvent(query(null, programId, from, to));
    }

    @GetMapping("/api/v1/programs/{programId}/attendance/members")
    List<MemberAttendanceResponse> programByMember(
            @PathVariable UUID programId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return byMember(query(null, programId, from, to));
    }

    private List<EventAttendanceResponse> byEvent(AttendanceSummaryQuery query) {
        return attendanceSummary.byEvent(query).stream().map(mapper::attendance).toList();
    }

    private List<MemberAttendanceResponse> byMember(AttendanceSummaryQuery query) {
        return attendanceSummary.byMember(query).stream()
                .map(mapper::attendance)
                .toList();
    }

    private static AttendanceSummaryQuery query(CommunityId community, UUID programId, LocalDate from, LocalDate to) {
        return new AttendanceSummaryQuery(community, programId == null ? null : new ProgramId(programId), from, to);
    }
}
