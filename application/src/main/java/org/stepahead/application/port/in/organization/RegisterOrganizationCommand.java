package org.stepahead.application.port.in.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.organization.OrganizationKind;

/** Command: register an organization (a school, a centre, an authority), with its ШНОР/ШССУ flags. */
public record RegisterOrganizationCommand(
        @NotBlank @Size(max = 500) String name,
        @Size(max = 200) String shortName,
        @NotNull OrganizationKind kind,
        @Size(max = 200) String municipality,
        boolean lowResults,
        boolean hardSocialConditions) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public RegisterOrganizationCommand {
        CommandValidation.validateConstructor(
                RegisterOrganizationCommand.class,
                name,
                shortName,
                kind,
                municipality,
                lowResults,
                hardSocialConditions);
    }
}
