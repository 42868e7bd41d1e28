package org.stepahead.adapter.in.web.community;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.community.AddDaysOffCommand;
import org.stepahead.application.port.in.community.AddDaysOffUseCase;
import org.stepahead.domain.community.CommunityId;

/**
 * REST: {@link AddDaysOffUseCase} at {@code POST /api/v1/communities/{communityId}/days-off}; answers 204 with the
 * community's new version as ETag.
 */
@RestController
record AddDaysOffController(AddDaysOffUseCase addDaysOff) {

    @PostMapping("/api/v1/communities/{communityId}/days-off")
    ResponseEntity<Void> add(
            @PathVariable UUID communityId, @Valid @RequestBody AddDaysOffRequest request, ExpectedVersion expected) {
        long version = addDaysOff.addDaysOff(new AddDaysOffCommand(
                new CommunityId(communityId), request.from(), request.to(), request.reason(), expected.value()));
        return ResponseEntity.noContent().eTag(ETags.of(version)).build();
    }
}
