package org.stepahead.adapter.in.web.account;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ExpectedVersion;
import org.stepahead.adapter.in.web.security.AccessPolicy;
import org.stepahead.adapter.in.web.security.AccountUser;
import org.stepahead.application.port.in.account.ChangePasswordCommand;
import org.stepahead.application.port.in.account.ChangePasswordUseCase;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.shared.DomainRuleViolation;

/**
 * REST: {@link ChangePasswordUseCase} at {@code PUT /api/v1/accounts/{accountId}/password} and {@code PUT
 * /api/v1/account/password}.
 */
@RestController
record ChangePasswordController(
        ChangePasswordUseCase changePassword,
        AccessPolicy accessPolicy,
        UserDetailsService users,
        PasswordEncoder passwordEncoder) {

    @PutMapping("/api/v1/accounts/{accountId}/password")
    ResponseEntity<Void> setPassword(
            @PathVariable UUID accountId, @Valid @RequestBody PasswordRequest request, ExpectedVersion expected) {
        changePassword.changePassword(new ChangePasswordCommand(
                new AccountId(accountId), passwordEncoder.encode(request.password()), expected.value()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/account/password")
    ResponseEntity<Void> changeOwnPassword(
            Authentication authentication, @Valid @RequestBody ChangeOwnPasswordRequest request) {
        AccountUser user = SignedIn.account(accessPolicy, authentication);
        if (!currentPasswordMatches(user, request.currentPassword())) {
            throw new DomainRuleViolation("account.password.currentWrong");
        }
        changePassword.changePassword(
                new ChangePasswordCommand(user.accountId(), passwordEncoder.encode(request.newPassword()), null));
        return ResponseEntity.noContent().build();
    }

    private boolean currentPasswordMatches(AccountUser user, String password) {
        try {
            String current = users.loadUserByUsername(user.getUsername()).getPassword();
            return current != null && passwordEncoder.matches(password, current);
        } catch (UsernameNotFoundException gone) {
            return false;
        }
    }
}
