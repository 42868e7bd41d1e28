package org.stepahead.adapter.in.web.account;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.account.EnableAccountUseCase;
import org.stepahead.domain.account.AccountId;

/** REST: {@link EnableAccountUseCase} at {@code POST /api/v1/accounts/{accountId}/enable} (administrators only). */
@RestController
record EnableAccountController(EnableAccountUseCase enableAccount) {

    @PostMapping("/api/v1/accounts/{accountId}/enable")
    ResponseEntity<Void> enable(@PathVariable UUID accountId) {
        enableAccount.enable(new AccountId(accountId));
        return ResponseEntity.noContent().build();
    }
}
