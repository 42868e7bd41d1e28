package org.stepahead.adapter.in.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request: the signed-in user changes their own password, confirming the current one. */
public record ChangeOwnPasswordRequest(
        @NotBlank String currentPassword,
        @NotBlank @Size(min = 8, max = 72) String newPassword) {

    @Override
    public String toString() {
        return "ChangeOwnPasswordRequest[<hidden>]";
    }
}
