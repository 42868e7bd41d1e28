package org.stepahead.application.port.in.membership;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.application.port.in.educator.RegisterEducatorCommand;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.Role;

/**
 * Command: register an educator who is not in the registry yet and admit them to a community with their consent —
 * the two steps of one form. The educator's fields are checked by the registration, with their own names
 * ({@code surname}, …).
 */
public record AdmitNewMemberCommand(
        @NotNull RegisterEducatorCommand educator,
        @NotNull CommunityId communityId,
        @NotEmpty Set<@NotNull Role> roles,
        @NotNull LocalDate joinedOn,
        @NotNull LocalDate consentGivenOn,
        @Size(max = 1000) String consentBasis,
        @Size(max = 1000) String admissionBasis) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public AdmitNewMemberCommand {
        CommandValidation.validateConstructor(
                AdmitNewMemberCommand.class,
                educator,
                communityId,
                roles,
                joinedOn,
                consentGivenOn,
                consentBasis,
                admissionBasis);
    }
}
