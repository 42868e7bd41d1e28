package org.stepahead.adapter.in.web.account;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.application.port.in.account.CreateAccountCommand;
import org.stepahead.application.port.in.account.CreateAccountUseCase;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.educator.EducatorId;

/** REST: {@link CreateAccountUseCase} at {@code POST /api/v1/accounts} (administrators only). */
@RestController
record CreateAccountController(CreateAccountUseCase createAccount, PasswordEncoder passwordEncoder) {

    @PostMapping("/api/v1/accounts")
    ResponseEntity<CreatedResponse> create(@Valid @RequestBody CreateAccountRequest request) {
        AccountId id = createAccount.create(new CreateAccountCommand(
                request.username(),
                passwordEncoder.encode(request.password()),
                Boolean.TRUE.equals(request.administrator()),
                request.educatorId() == null ? null : new EducatorId(request.educatorId())));
        return Created.in("/api/v1/accounts", id.value());
    }
}
