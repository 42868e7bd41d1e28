package org.stepahead.application.port.in.membership;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;

/** Command: give a member a new set of roles; {@code expectedVersion}, when given, guards against lost updates. */
public record ChangeMemberRolesCommand(
        @NotNull MembershipId membershipId, @NotEmpty Set<@NotNull Role> roles, Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public ChangeMemberRolesCommand {
        CommandValidation.validateConstructor(ChangeMemberRolesCommand.class, membershipId, roles, expectedVersion);
    }
}
