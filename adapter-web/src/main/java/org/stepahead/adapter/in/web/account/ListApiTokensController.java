package org.stepahead.adapter.in.web.account;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.security.AccessPolicy;
import org.stepahead.application.port.in.account.ListApiTokensUseCase;

/** REST: {@link ListApiTokensUseCase} at {@code GET /api/v1/account/tokens}, the signed-in user's tokens. */
@RestController
record ListApiTokensController(ListApiTokensUseCase listApiTokens, AccessPolicy accessPolicy, AccountWebMapper mapper) {

    @GetMapping("/api/v1/account/tokens")
    List<TokenResponse> tokens(Authentication authentication) {
        return listApiTokens
                .tokens(SignedIn.account(accessPolicy, authentication).accountId())
                .stream()
                .map(mapper::response)
                .toList();
    }
}
