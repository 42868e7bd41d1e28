package org.stepahead.adapter.in.web.membership;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.application.port.in.membership.AdmitMemberUseCase;
import org.stepahead.domain.membership.MembershipId;

/** REST: {@link AdmitMemberUseCase} at {@code POST /api/v1/communities/{communityId}/members}. */
@RestController
record AdmitMemberController(AdmitMemberUseCase admitMember, MembershipWebMapper mapper) {

    @PostMapping("/api/v1/communities/{communityId}/members")
    ResponseEntity<CreatedResponse> admit(
            @PathVariable UUID communityId, @Valid @RequestBody AdmitMemberRequest request) {
        MembershipId id = admitMember.admit(mapper.admit(communityId, request));
        return Created.in("/api/v1/members", id.value());
    }
}
