package org.stepahead.adapter.in.web.account;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.account.DisableAccountUseCase;
import org.stepahead.domain.account.AccountId;

/** REST: {@link DisableAccountUseCase} at {@code POST /api/v1/accounts/{accountId}/disable} (administrators only). */
@RestController
record DisableAccountController(DisableAccountUseCase disableAccount) {

    @PostMapping("/api/v1/accounts/{accountId}/disable")
    ResponseEntity<Void> disable(@PathVariable UUID accountId) {
        disableAccount.disable(new AccountId(accountId));
        return ResponseEntity.noContent().build();
    }
}
