package org.stepahead.application.port.in.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.educator.EducatorId;

/**
 * Command: open an account. The password arrives already hashed (the adapter hashes it, with BCrypt in the web
 * adapter); the account may belong to an educator, whose memberships give it its roles in communities.
 */
public record CreateAccountCommand(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 200) String passwordHash,
        boolean administrator,
        EducatorId educatorId) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public CreateAccountCommand {
        CommandValidation.validateConstructor(
                CreateAccountCommand.class, username, passwordHash, administrator, educatorId);
    }

    @Override
    public String toString() {
        return "CreateAccountCommand[username=" + username + ", administrator=" + administrator + ", educatorId="
                + educatorId + "]";
    }
}
