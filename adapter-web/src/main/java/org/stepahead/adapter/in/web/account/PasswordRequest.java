package org.stepahead.adapter.in.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request: an administrator sets another account's password. */
public record PasswordRequest(
        @NotBlank @Size(min = 8, max = 72) String password) {

    @Override
    public String toString() {
        return "PasswordRequest[<hidden>]";
    }
}
