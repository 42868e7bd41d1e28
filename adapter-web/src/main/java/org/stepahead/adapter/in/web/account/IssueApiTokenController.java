package org.stepahead.adapter.in.web.account;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.security.AccessPolicy;
import org.stepahead.application.port.in.account.IssueApiTokenCommand;
import org.stepahead.application.port.in.account.IssueApiTokenUseCase;

/** REST: {@link IssueApiTokenUseCase} at {@code POST /api/v1/account/tokens}, for the signed-in user's account. */
@RestController
record IssueApiTokenController(IssueApiTokenUseCase issueApiToken, AccessPolicy accessPolicy, AccountWebMapper mapper) {

    @PostMapping("/api/v1/account/tokens")
    ResponseEntity<IssuedTokenResponse> issue(
            Authentication authentication, @Valid @RequestBody IssueTokenRequest request) {
        IssuedTokenResponse issued = mapper.issued(issueApiToken.issue(new IssueApiTokenCommand(
                SignedIn.account(accessPolicy, authentication).accountId(), request.name(), request.expiresAt())));
        return ResponseEntity.created(URI.create("/api/v1/account/tokens/" + issued.id()))
                .body(issued);
    }
}
