package org.stepahead.application.port.in.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.domain.account.AccountId;

/** Command: replace an account's password hash, optionally only if the account is still at a known version. */
public record ChangePasswordCommand(
        @NotNull AccountId accountId,
        @NotBlank @Size(max = 200) String passwordHash,
        Long expectedVersion) {

    @Override
    public String toString() {
        return "ChangePasswordCommand[accountId=" + accountId + ", expectedVersion=" + expectedVersion + "]";
    }
}
