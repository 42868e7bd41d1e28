package org.stepahead.adapter.in.web.community;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.community.ReviseCommunityUseCase;

/** REST: {@link ReviseCommunityUseCase} at {@code PUT /api/v1/communities/{communityId}}. */
@RestController
record ReviseCommunityController(ReviseCommunityUseCase reviseCommunity, CommunityWebMapper mapper) {

    @PutMapping("/api/v1/communities/{communityId}")
    ResponseEntity<Void> revise(
            @PathVariable UUID communityId,
            @Valid @RequestBody ReviseCommunityRequest request,
            ExpectedVersion expected) {
        reviseCommunity.revise(mapper.revise(communityId, request, expected.value()));
        return ResponseEntity.noContent().build();
    }
}
