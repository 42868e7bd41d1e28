package org.stepahead.adapter.in.web.account;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.security.AccessPolicy;
import org.stepahead.application.port.in.account.RevokeApiTokenUseCase;
import org.stepahead.domain.account.ApiTokenId;

/** REST: {@link RevokeApiTokenUseCase} at {@code DELETE /api/v1/account/tokens/{tokenId}}, one of the user's own. */
@RestController
record RevokeApiTokenController(RevokeApiTokenUseCase revokeApiToken, AccessPolicy accessPolicy) {

    @DeleteMapping("/api/v1/account/tokens/{tokenId}")
    ResponseEntity<Void> revoke(Authentication authentication, @PathVariable UUID tokenId) {
        revokeApiToken.revoke(SignedIn.account(accessPolicy, authentication).accountId(), new ApiTokenId(tokenId));
        return ResponseEntity.noContent().build();
    }
}
