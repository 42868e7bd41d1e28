package org.stepahead.application.port.in.membership;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.shared.TutorFunction;

/** Command: link a tutor to a tutee of the same community, from a day (today when absent). */
public record LinkTutorCommand(
        @NotNull MembershipId tuteeId,
        @NotNull MembershipId tutorId,
        Set<@NotNull TutorFunction> functions,
        LocalDate since) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public LinkTutorCommand {
        CommandValidation.validateConstructor(LinkTutorCommand.class, tuteeId, tutorId, functions, since);
    }
}
