package org.stepahead.adapter.in.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Request: open an account — the password is hashed with BCrypt here and never stored as given. */
public record CreateAccountRequest(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(min = 8, max = 72) String password,
        Boolean administrator,
        UUID educatorId) {

    @Override
    public String toString() {
        return "CreateAccountRequest[username=" + username + ", administrator=" + administrator + "]";
    }
}
