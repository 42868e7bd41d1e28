package org.stepahead.application.port.in.educator;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.organization.OrganizationId;

/** Command: register an educator working at an organization (which may be unknown). */
public record RegisterEducatorCommand(
        @NotBlank @Size(max = 100) String surname,
        @NotBlank @Size(max = 100) String givenName,
        @Size(max = 100) String patronymic,
        OrganizationId organizationId,
        @Size(max = 300) String position,
        @NotNull ExperienceLevel experience,
        @Email @Size(max = 200) String email) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public RegisterEducatorCommand {
        CommandValidation.validateConstructor(
                RegisterEducatorCommand.class,
                surname,
                givenName,
                patronymic,
                organizationId,
                position,
                experience,
                email);
    }
}
