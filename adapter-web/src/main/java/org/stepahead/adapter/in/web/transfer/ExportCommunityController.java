package org.stepahead.adapter.in.web.transfer;

import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.transfer.ExportCommunityUseCase;
import org.stepahead.domain.community.CommunityId;

/** REST: {@link ExportCommunityUseCase} at {@code GET /api/v1/communities/{communityId}/export}, YAML or JSON. */
@RestController
record ExportCommunityController(ExportCommunityUseCase exportCommunity) {

    @GetMapping("/api/v1/communities/{communityId}/export")
    ResponseEntity<String> export(
            @PathVariable UUID communityId,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        DocumentFormat format = asked(accept);
        String text = format.write(exportCommunity.export(new CommunityId(communityId)));
        return ResponseEntity.ok().contentType(format.mediaType()).body(text);
    }

    /** YAML when the first concrete type the caller accepts is a YAML one; JSON otherwise. */
    private static DocumentFormat asked(String accept) {
        if (accept == null || accept.isBlank()) {
            return DocumentFormat.JSON;
        }
        return MediaType.parseMediaTypes(accept).stream()
                .filter(t -> !t.isWildcardType())
                .findFirst()
                .map(DocumentFormat::of)
                .orElse(DocumentFormat.JSON);
    }
}
