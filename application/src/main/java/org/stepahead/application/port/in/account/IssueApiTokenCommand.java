package org.stepahead.application.port.in.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.account.AccountId;

/** Command: issue an API token to an account, under a name its owner recognises, optionally expiring. */
public record IssueApiTokenCommand(
        @NotNull AccountId accountId,
        @NotBlank @Size(max = 100) String name,
        Instant expiresAt) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public IssueApiTokenCommand {
        CommandValidation.validateConstructor(IssueApiTokenCommand.class, accountId, name, expiresAt);
    }
}
