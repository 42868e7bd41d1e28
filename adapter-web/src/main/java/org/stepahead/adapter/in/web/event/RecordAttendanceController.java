package org.stepahead.adapter.in.web.event;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.event.RecordAttendanceUseCase;

/** REST: {@link RecordAttendanceUseCase} at {@code POST /api/v1/events/{eventId}/attendance}. */
@RestController
record RecordAttendanceController(RecordAttendanceUseCase recordAttendance, EventWebMapper mapper) {

    @PostMapping("/api/v1/events/{eventId}/attendance")
    ResponseEntity<Void> record(
            @PathVariable UUID eventId, @Valid @RequestBody AttendanceRequest request, ExpectedVersion expected) {
        recordAttendance.recordAttendance(mapper.attendance(eventId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
