package org.stepahead.adapter.in.web.ui.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Role;

/** Form: A member to admit: the educator (registered on the way) and the admission with consent. */
public record MemberForm(
        @NotBlank @Size(max = 100) String surname,
        @NotBlank @Size(max = 100) String givenName,
        @Size(max = 100) String patronymic,
        UUID organizationId,
        @NotNull ExperienceLevel experience,
        @NotEmpty Set<Role> roles,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate joinedOn,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate consentGivenOn,

        @Size(max = 1000) String consentBasis,
        @Size(max = 1000) String admissionBasis) {

    public MemberForm {
        roles = roles == null ? Set.of() : roles;
    }

    /** The form before anything is entered. */
    static MemberForm blank() {
        return new MemberForm(null, null, null, null, null, null, null, null, null, null);
    }
}
