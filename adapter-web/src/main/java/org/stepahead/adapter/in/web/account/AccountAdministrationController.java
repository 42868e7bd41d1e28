package org.stepahead.adapter.in.web.account;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.ChangePasswordCommand;
import org.stepahead.application.port.in.account.ChangePasswordUseCase;
import org.stepahead.application.port.in.account.CreateAccountCommand;
import org.stepahead.application.port.in.account.CreateAccountUseCase;
import org.stepahead.application.port.in.account.DisableAccountUseCase;
import org.stepahead.application.port.in.account.EnableAccountUseCase;
import org.stepahead.application.port.in.account.GetAccountUseCase;
import org.stepahead.application.port.in.account.ListAccountsUseCase;
import org.stepahead.domain.account.AccountId;
import org.stepahead.domain.educator.EducatorId;

/** REST: account administration (administrators only) — open, list, one (with ETag), set password, disable, enable. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountAdministrationController {

    private final CreateAccountUseCase createAccount;
    private final ListAccountsUseCase listAccounts;
    private final GetAccountUseCase getAccount;
    private final ChangePasswordUseCase changePassword;
    private final DisableAccountUseCase disableAccount;
    private final EnableAccountUseCase enableAccount;
    private final PasswordEncoder passwordEncoder;
    private final AccountWebMapper mapper;

    AccountAdministrationController(
            CreateAccountUseCase createAccount,
            ListAccountsUseCase listAccounts,
            GetAccountUseCase getAccount,
            ChangePasswordUseCase changePassword,
            DisableAccountUseCase disableAccount,
            EnableAccountUseCase enableAccount,
            PasswordEncoder passwordEncoder,
            AccountWebMapper mapper) {
        this.createAccount = createAccount;
        this.listAccounts = listAccounts;
        this.getAccount = getAccount;
        this.changePassword = changePassword;
        this.disableAccount = disableAccount;
        this.enableAccount = enableAccount;
        this.passwordEncoder = passwordEncoder;
        this.mapper = mapper;
    }

    @PostMapping
    ResponseEntity<CreatedResponse> create(@Valid @RequestBody CreateAccountRequest request) {
        AccountId id = createAccount.create(new CreateAccountCommand(
                request.username(),
                passwordEncoder.encode(request.password()),
                Boolean.TRUE.equals(request.administrator()),
                request.educatorId() == null ? null : new EducatorId(request.educatorId())));
        return Created.at("/api/v1/accounts/" + id.value(), id.value());
    }

    @GetMapping
    List<AccountResponse> list() {
        return listAccounts.list().stream().map(mapper::response).toList();
    }

    @GetMapping("/{accountId}")
    ResponseEntity<AccountResponse> get(@PathVariable UUID accountId) {
        AccountView view = getAccount.get(new AccountId(accountId));
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(mapper.response(view));
    }

    @PutMapping("/{accountId}/password")
    ResponseEntity<Void> setPassword(
            @PathVariable UUID accountId,
            @Valid @RequestBody PasswordRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        changePassword.changePassword(new ChangePasswordCommand(
                new AccountId(accountId), passwordEncoder.encode(request.password()), ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{accountId}/disable")
    ResponseEntity<Void> disable(@PathVariable UUID accountId) {
        disableAccount.disable(new AccountId(accountId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{accountId}/enable")
    ResponseEntity<Void> enable(@PathVariable UUID accountId) {
        enableAccount.enable(new AccountId(accountId));
        return ResponseEntity.noContent().build();
    }
}
