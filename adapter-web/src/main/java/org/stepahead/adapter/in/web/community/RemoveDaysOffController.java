package org.stepahead.adapter.in.web.community;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.application.port.in.community.RemoveDaysOffCommand;
import org.stepahead.application.port.in.community.RemoveDaysOffUseCase;
import org.stepahead.domain.community.CommunityId;

/**
 * REST: {@link RemoveDaysOffUseCase} at {@code DELETE /api/v1/communities/{communityId}/days-off/{from}} (the first
 * day, YYYY-MM-DD); answers 204 with the community's new version as ETag.
 */
@RestController
record RemoveDaysOffController(RemoveDaysOffUseCase removeDaysOff) {

    @DeleteMapping("/api/v1/communities/{communityId}/days-off/{from}")
    ResponseEntity<Void> remove(
            @PathVariable UUID communityId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            ExpectedVersion expected) {
        long version = removeDaysOff.removeDaysOff(
                new RemoveDaysOffCommand(new CommunityId(communityId), from, expected.value()));
        return ResponseEntity.noContent().eTag(ETags.of(version)).build();
    }
}
