package org.stepahead.adapter.in.web.account;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.security.AccessPolicy;
import org.stepahead.adapter.in.web.security.AccountUser;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;
import org.stepahead.application.port.in.account.ChangePasswordCommand;
import org.stepahead.application.port.in.account.ChangePasswordUseCase;
import org.stepahead.application.port.in.account.IssueApiTokenCommand;
import org.stepahead.application.port.in.account.IssueApiTokenUseCase;
import org.stepahead.application.port.in.account.ListApiTokensUseCase;
import org.stepahead.application.port.in.account.RevokeApiTokenUseCase;
import org.stepahead.domain.account.ApiTokenId;
import org.stepahead.domain.shared.DomainRuleViolation;

/** REST: the signed-in user's own account — who am I (with roles per community), own password, own API tokens. */
@RestController
@RequestMapping("/api/v1/account")
class CurrentAccountController {

    private final AccessPolicy accessPolicy;
    private final AuthenticateAccountUseCase authenticateAccount;
    private final ChangePasswordUseCase changePassword;
    private final IssueApiTokenUseCase issueApiToken;
    private final RevokeApiTokenUseCase revokeApiToken;
    private final ListApiTokensUseCase listApiTokens;
    private final PasswordEncoder passwordEncoder;
    private final AccountWebMapper mapper;

    CurrentAccountController(
            AccessPolicy accessPolicy,
            AuthenticateAccountUseCase authenticateAccount,
            ChangePasswordUseCase changePassword,
            IssueApiTokenUseCase issueApiToken,
            RevokeApiTokenUseCase revokeApiToken,
            ListApiTokensUseCase listApiTokens,
            PasswordEncoder passwordEncoder,
            AccountWebMapper mapper) {
        this.accessPolicy = accessPolicy;
        this.authenticateAccount = authenticateAccount;
        this.changePassword = changePassword;
        this.issueApiToken = issueApiToken;
        this.revokeApiToken = revokeApiToken;
        this.listApiTokens = listApiTokens;
        this.passwordEncoder = passwordEncoder;
        this.mapper = mapper;
    }

    @GetMapping
    CurrentUserResponse me(Authentication authentication) {
        AccountUser user = user(authentication);
        List<CurrentUserResponse.CommunityRoles> communities = accessPolicy.rolesOf(authentication).entrySet().stream()
                .map(e -> new CurrentUserResponse.CommunityRoles(
                        e.getKey().value(),
                        e.getValue().stream().map(Enum::name).sorted().toList()))
                .sorted(Comparator.comparing(c -> c.communityId().toString()))
                .toList();
        return new CurrentUserResponse(
                user.accountId().value(),
                user.getUsername(),
                user.administrator(),
                user.educatorId() == null ? null : user.educatorId().value(),
                communities);
    }

    @PutMapping("/password")
    ResponseEntity<Void> changeOwnPassword(
            Authentication authentication, @Valid @RequestBody ChangeOwnPasswordRequest request) {
        AccountUser user = user(authentication);
        String current = authenticateAccount
                .byUsername(user.getUsername())
                .map(c -> c.passwordHash())
                .orElse(null);
        if (current == null || !passwordEncoder.matches(request.currentPassword(), current)) {
            throw new DomainRuleViolation("account.password.currentWrong");
        }
        changePassword.changePassword(
                new ChangePasswordCommand(user.accountId(), passwordEncoder.encode(request.newPassword()), null));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tokens")
    ResponseEntity<IssuedTokenResponse> issue(
            Authentication authentication, @Valid @RequestBody IssueTokenRequest request) {
        IssuedTokenResponse issued = mapper.issued(issueApiToken.issue(
                new IssueApiTokenCommand(user(authentication).accountId(), request.name(), request.expiresAt())));
        return ResponseEntity.created(java.net.URI.create("/api/v1/account/tokens/" + issued.id()))
                .body(issued);
    }

    @GetMapping("/tokens")
    List<TokenResponse> tokens(Authentication authentication) {
        return listApiTokens.tokens(user(authentication).accountId()).stream()
                .map(mapper::response)
                .toList();
    }

    @DeleteMapping("/tokens/{tokenId}")
    ResponseEntity<Void> revoke(Authentication authentication, @PathVariable UUID tokenId) {
        revokeApiToken.revoke(user(authentication).accountId(), new ApiTokenId(tokenId));
        return ResponseEntity.noContent().build();
    }

    private AccountUser user(Authentication authentication) {
        return accessPolicy
                .user(authentication)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not an account"));
    }
}
