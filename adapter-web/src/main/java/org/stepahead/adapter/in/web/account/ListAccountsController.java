package org.stepahead.adapter.in.web.account;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.application.port.in.account.ListAccountsUseCase;

/** REST: {@link ListAccountsUseCase} at {@code GET /api/v1/accounts} (administrators only). */
@RestController
record ListAccountsController(ListAccountsUseCase listAccounts, AccountWebMapper mapper) {

    @GetMapping("/api/v1/accounts")
    List<AccountResponse> list() {
        return listAccounts.list().stream().map(mapper::response).toList();
    }
}
