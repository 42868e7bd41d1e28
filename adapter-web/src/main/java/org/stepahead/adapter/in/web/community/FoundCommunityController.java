package org.stepahead.adapter.in.web.community;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.application.port.in.community.FoundCommunityUseCase;
import org.stepahead.domain.community.CommunityId;

/** REST: {@link FoundCommunityUseCase} at {@code POST /api/v1/communities}. */
@RestController
record FoundCommunityController(FoundCommunityUseCase foundCommunity, CommunityWebMapper mapper) {

    @PostMapping("/api/v1/communities")
    ResponseEntity<CreatedResponse> found(@Valid @RequestBody FoundCommunityRequest request) {
        CommunityId id = foundCommunity.found(mapper.command(request));
        return Created.in("/api/v1/communities", id.value());
    }
}
