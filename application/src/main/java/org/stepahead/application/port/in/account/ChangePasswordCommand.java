package org.stepahead.application.port.in.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.account.AccountId;

/** Command: replace an account's password hash, optionally only if the account is still at a known version. */
public record ChangePasswordCommand(
        @NotNull AccountId accountId,
        @NotBlank @Size(max = 200) String passwordHash,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public ChangePasswordCommand {
        CommandValidation.validateConstructor(ChangePasswordCommand.class, accountId, passwordHash, expectedVersion);
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[accountId=" + accountId + ", expectedVersion=" + expectedVersion + "]";
    }
}
