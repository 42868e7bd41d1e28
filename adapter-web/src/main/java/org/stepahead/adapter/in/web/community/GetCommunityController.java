package org.stepahead.adapter.in.web.community;

import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.community.GetCommunityUseCase;
import org.stepahead.domain.community.CommunityId;

/** REST: {@link GetCommunityUseCase} at {@code GET /api/v1/communities/{communityId}}. */
@RestController
record GetCommunityController(GetCommunityUseCase getCommunity, CommunityWebMapper mapper) {

    @GetMapping("/api/v1/communities/{communityId}")
    CommunityResponse get(@PathVariable UUID communityId) {
        return mapper.response(getCommunity.get(new CommunityId(communityId)));
    }
}
