package org.stepahead.adapter.in.web.membership;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.membership.EndTutoringUseCase;

/** REST: {@link EndTutoringUseCase} at {@code POST /api/v1/members/{tuteeId}/tutors/{tutorId}/end}. */
@RestController
record EndTutoringController(EndTutoringUseCase endTutoring, MembershipWebMapper mapper) {

    @PostMapping("/api/v1/members/{tuteeId}/tutors/{tutorId}/end")
    ResponseEntity<Void> end(
            @PathVariable UUID tuteeId,
            @PathVariable UUID tutorId,
            @Valid @RequestBody(required = false) EndTutoringRequest request) {
        endTutoring.end(mapper.end(tuteeId, tutorId, request == null ? new EndTutoringRequest(null) : request));
        return ResponseEntity.noContent().build();
    }
}
