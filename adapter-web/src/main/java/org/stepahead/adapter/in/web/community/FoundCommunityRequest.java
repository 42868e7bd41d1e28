package org.stepahead.adapter.in.web.community;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.community.CommunityFunction;
import org.stepahead.domain.community.CommunityKind;
import org.stepahead.domain.community.CommunityLevel;
import org.stepahead.domain.community.PartnerRole;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.TutorFunction;

/** Request: found a community coordinated by a registered organization, with its profile. */
public record FoundCommunityRequest(
        @NotBlank @Size(max = 500) String name,
        @NotNull @EnumName(CommunityKind.class) String kind,
        @NotNull @EnumName(CommunityLevel.class) String level,
        @NotNull UUID coordinatingOrganization,
        @Valid Document foundingDocument,
        @Size(max = 60) String timeZone,
        @Valid Profile profile) {

    /** An official document by title, number and date. */
    public record Document(
            @NotBlank @Size(max = 1000) String title,
            @Size(max = 100) String number,
            LocalDate date) {}

    /** What the founding documents say of the community. */
    public record Profile(
            @Size(max = 20000) String description,
            @Size(max = 4000) String goal,
            List<@NotBlank @Size(max = 4000) String> tasks,
            List<@Valid @NotNull Function> functions,
            List<@NotBlank @Size(max = 1000) String> principles,
            List<@Valid @NotNull Direction> directions,
            List<@NotNull @EnumName(Form.class) String> forms,
            List<@NotBlank @Size(max = 2000) String> rights,
            List<@Valid @NotNull Partner> partners,
            List<@Valid @NotNull TutorFunctionItem> tutorFunctions) {}

    /** A community function and what it means here. */
    public record Function(
            @NotNull @EnumName(CommunityFunction.class) String function,
            @Size(max = 2000) String description) {}

    /** A direction of activity and its items. */
    public record Direction(@NotBlank @Size(max = 500) String title, List<@NotBlank @Size(max = 2000) String> items) {}

    /** A supporting organization. */
    public record Partner(
            @NotNull UUID organizationId,
            @NotNull @EnumName(PartnerRole.class) String role,
            @Size(max = 2000) String theme,
            @Valid Document basis) {}

    /** A tutor function and what the community asks of its tutors under it. */
    public record TutorFunctionItem(
            @NotNull @EnumName(TutorFunction.class) String function,
            @Size(max = 2000) String description) {}
}
