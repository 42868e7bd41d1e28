package org.stepahead.application.port.in.community;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.application.port.in.community.FoundCommunityCommand.DocumentInput;
import org.stepahead.application.port.in.community.FoundCommunityCommand.ProfileInput;
import org.stepahead.domain.community.CommunityId;

/**
 * Command: rewrite a community's name, founding document (none when absent), time zone (an IANA name, Moscow when
 * absent) and profile, at the version it was read at (any version when absent). Its kind, level and coordinating
 * organization stay.
 */
public record ReviseCommunityCommand(
        @NotNull CommunityId communityId,
        @NotBlank @Size(max = 500) String name,
        @Valid DocumentInput foundingDocument,
        @Size(max = 60) String timeZone,
        @Valid @NotNull ProfileInput profile,
        Long expectedVersion) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public ReviseCommunityCommand {
        CommandValidation.validateConstructor(
                ReviseCommunityCommand.class, communityId, name, foundingDocument, timeZone, profile, expectedVersion);
    }
}
