package org.stepahead.adapter.in.web.membership;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.membership.ChangeMemberRolesUseCase;

/** REST: {@link ChangeMemberRolesUseCase} at {@code PUT /api/v1/members/{membershipId}/roles}. */
@RestController
record ChangeMemberRolesController(ChangeMemberRolesUseCase changeMemberRoles, MembershipWebMapper mapper) {

    @PutMapping("/api/v1/members/{membershipId}/roles")
    ResponseEntity<Void> changeRoles(
            @PathVariable UUID membershipId, @Valid @RequestBody ChangeRolesRequest request, ExpectedVersion expected) {
        changeMemberRoles.changeRoles(mapper.changeRoles(membershipId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
