package org.stepahead.adapter.in.web.membership;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.application.port.in.membership.GetMembershipUseCase;
import org.stepahead.application.port.in.membership.MembershipView;
import org.stepahead.domain.membership.MembershipId;

/** REST: {@link GetMembershipUseCase} at {@code GET /api/v1/members/{membershipId}}, with its version as ETag. */
@RestController
record GetMembershipController(GetMembershipUseCase getMembership, MembershipWebMapper mapper) {

    @GetMapping("/api/v1/members/{membershipId}")
    ResponseEntity<MembershipResponse> get(@PathVariable UUID membershipId) {
        return ETags.ok(
                getMembership.membership(new MembershipId(membershipId)), MembershipView::version, mapper::response);
    }
}
