package org.stepahead.adapter.in.web.ui.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.domain.organization.OrganizationKind;

/** Form: A registered organization: a school, a centre or an authority, as the form enters it. */
public record OrganizationForm(
        @NotBlank @Size(max = 500) String name,
        @Size(max = 200) String shortName,
        @NotNull OrganizationKind kind,
        @Size(max = 200) String municipality) {

    /** The form before anything is entered. */
    static OrganizationForm blank() {
        return new OrganizationForm(null, null, null, null);
    }
}
