package org.stepahead.application.port.in.community;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.community.CommunityId;

/** Command: remove a community's days off by their first day, at the version it was read at; validated when built. */
public record RemoveDaysOffCommand(
        @NotNull CommunityId communityId, @NotNull LocalDate from, Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public RemoveDaysOffCommand {
        CommandValidation.validateConstructor(RemoveDaysOffCommand.class, communityId, from, expectedVersion);
    }
}
