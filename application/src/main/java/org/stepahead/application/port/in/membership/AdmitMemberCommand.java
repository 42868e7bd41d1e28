package org.stepahead.application.port.in.membership;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.Role;

/**
 * Command: admit an educator to a community with their consent (given on a day, on a basis such as a written
 * application). The admission basis says why they were admitted ("победитель конкурса «Классный классный»").
 */
public record AdmitMemberCommand(
        @NotNull CommunityId communityId,
        @NotNull EducatorId educatorId,
        @NotEmpty Set<@NotNull Role> roles,
        @NotNull LocalDate joinedOn,
        @NotNull LocalDate consentGivenOn,
        @Size(max = 1000) String consentBasis,
        @Size(max = 1000) String admissionBasis) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public AdmitMemberCommand {
        CommandValidation.validateConstructor(
                AdmitMemberCommand.class,
                communityId,
                educatorId,
                roles,
                joinedOn,
                consentGivenOn,
                consentBasis,
                admissionBasis);
    }
}
