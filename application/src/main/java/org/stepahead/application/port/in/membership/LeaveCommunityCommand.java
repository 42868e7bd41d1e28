package org.stepahead.application.port.in.membership;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.membership.MembershipId;

/** Command: a member leaves their community on a day (today when absent). */
public record LeaveCommunityCommand(@NotNull MembershipId membershipId, LocalDate leftOn, Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public LeaveCommunityCommand {
        CommandValidation.validateConstructor(LeaveCommunityCommand.class, membershipId, leftOn, expectedVersion);
    }
}
