package org.stepahead.application.port.in.community;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.TutorFunction;

/**
 * Command: found a community coordinated by an organization, with what its founding documents say of it. The time
 * zone is an IANA name ("Europe/Moscow", "Asia/Krasnoyarsk"); Moscow when absent.
 */
public record FoundCommunityCommand(
        @NotBlank @Size(max = 500) String name,
        @NotNull CommunityKind kind,
        @NotNull CommunityLevel level,
        @NotNull OrganizationId coordinatingOrganization,
        @Valid DocumentInput foundingDocument,
        @Size(max = 60) String timeZone,
        @Valid @NotNull ProfileInput profile) {

    /** Refuses an invalid command with an InvalidCommandException naming each invalid component. */
    public FoundCommunityCommand {
        CommandValidation.validateConstructor(
                FoundCommunityCommand.class,
                name,
                kind,
                level,
                coordinatingOrganization,
                foundingDocument,
                timeZone,
                profile);
    }

    /** An official document by title, number and date. */
    public record DocumentInput(
            @NotBlank @Size(max = 1000) String title,
            @Size(max = 100) String number,
            LocalDate date) {}

    /** What the founding documents say of the community. */
    public record ProfileInput(
            @Size(max = 20000) String description,
            @Size(max = 4000) String goal,
            List<@NotBlank @Size(max = 4000) String> tasks,
            List<@Valid @NotNull FunctionInput> functions,
            List<@NotBlank @Size(max = 1000) String> principles,
            List<@Valid @NotNull DirectionInput> directions,
            List<@NotNull Form> forms,
            List<@NotBlank @Size(max = 2000) String> rights,
            List<@Valid @NotNull PartnerInput> partners,
            List<@Valid @NotNull TutorFunctionInput> tutorFunctions) {

        /** A profile without description and tutor functions. */
        public ProfileInput(
                String goal,
                List<String> tasks,
                List<FunctionInput> functions,
                List<String> principles,
                List<DirectionInput> directions,
                List<Form> forms,
                List<String> rights,
                List<PartnerInput> partners) {
            this(null, goal, tasks, functions, principles, directions, forms, rights, partners, List.of());
        }

        /** A profile with nothing filled in. */
        public static ProfileInput empty() {
            return new ProfileInput(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    /** A tutor function and what the community asks of its tutors under it. */
    public record TutorFunctionInput(
            @NotNull TutorFunction function,
            @Size(max = 2000) String description) {}

    /** A community function and what it means for this community. */
    public record FunctionInput(
            @NotNull CommunityFunction function,
            @Size(max = 2000) String description) {}

    /** A direction of activity and the work it covers. */
    public record DirectionInput(
            @NotBlank @Size(max = 500) String title, List<@NotBlank @Size(max = 2000) String> items) {}

    /** A supporting organization: resource organization, base site (with theme and order), partner. */
    public record PartnerInput(
            @NotNull OrganizationId organizationId,
            @NotNull PartnerRole role,
            @Size(max = 2000) String theme,
            @Valid DocumentInput basis) {}
}
