package org.stepahead.application.port.in.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.community.CommunityId;

/**
 * Command: mark days a community does not work (from and to, both included) with the reason people will read, at
 * the version it was read at (any version when absent); validated when built.
 */
public record AddDaysOffCommand(
        @NotNull CommunityId communityId,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotBlank @Size(max = 500) String reason,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public AddDaysOffCommand {
        CommandValidation.validateConstructor(AddDaysOffCommand.class, communityId, from, to, reason, expectedVersion);
    }
}
