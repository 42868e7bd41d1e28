package org.stepahead.adapter.in.web.community;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.domain.community.CommunityId;

/** REST: {@link GetCommunityUseCase} at {@code GET /api/v1/communities/{communityId}}, with its version as ETag. */
@RestController
record GetCommunityController(GetCommunityUseCase getCommunity, CommunityWebMapper mapper) {

    @GetMapping("/api/v1/communities/{communityId}")
    ResponseEntity<CommunityResponse> get(@PathVariable UUID communityId) {
        return ETags.ok(getCommunity.get(new CommunityId(communityId)), CommunityView::version, mapper::response);
    }
}
