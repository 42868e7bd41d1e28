package org.stepahead.application.port.in.membership;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.membership.MembershipId;

/** Command: end a tutor's accompaniment of a tutee on a day (today when absent). */
public record EndTutoringCommand(
        @NotNull MembershipId tuteeId, @NotNull MembershipId tutorId, LocalDate until) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public EndTutoringCommand {
        CommandValidation.validateConstructor(EndTutoringCommand.class, tuteeId, tutorId, until);
    }
}
