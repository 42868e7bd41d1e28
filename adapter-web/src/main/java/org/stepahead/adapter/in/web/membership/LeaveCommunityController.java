package org.stepahead.adapter.in.web.membership;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.membership.LeaveCommunityUseCase;

/** REST: {@link LeaveCommunityUseCase} at {@code POST /api/v1/members/{membershipId}/leave}. */
@RestController
record LeaveCommunityController(LeaveCommunityUseCase leaveCommunity, MembershipWebMapper mapper) {

    @PostMapping("/api/v1/members/{membershipId}/leave")
    ResponseEntity<Void> leave(
            @PathVariable UUID membershipId,
            @Valid @RequestBody(required = false) LeaveRequest request,
            ExpectedVersion expected) {
        leaveCommunity.leave(
                mapper.leave(membershipId, request == null ? new LeaveRequest(null) : request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
