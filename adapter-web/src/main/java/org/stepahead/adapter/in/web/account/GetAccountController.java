package org.stepahead.adapter.in.web.account;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.GetAccountUseCase;
import org.stepahead.domain.account.AccountId;

/** REST: {@link GetAccountUseCase} at {@code GET /api/v1/accounts/{accountId}}, with the account's version as ETag. */
@RestController
record GetAccountController(GetAccountUseCase getAccount, AccountWebMapper mapper) {

    @GetMapping("/api/v1/accounts/{accountId}")
    ResponseEntity<AccountResponse> get(@PathVariable UUID accountId) {
        return ETags.ok(getAccount.get(new AccountId(accountId)), AccountView::version, mapper::response);
    }
}
