package org.stepahead.adapter.in.web.ui.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.domain.organization.OrganizationKind;

/** Form: A registered organization: a school, a centre or an authority, as the form enters it. */
public class OrganizationForm {

    private @NotBlank @Size(max = 500) String name;
    private @Size(max = 200) String shortName;
    private @NotNull OrganizationKind kind;
    private @Size(max = 200) String municipality;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }
}
