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
public class MemberForm {

    private @NotBlank @Size(max = 100) String surname;
    private @NotBlank @Size(max = 100) String givenName;
    private @Size(max = 100) String patronymic;
    private UUID organizationId;
    private @NotNull ExperienceLevel experience;
    private @NotEmpty Set<Role> roles = new java.util.LinkedHashSet<>();
    private @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn;
    private @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentGivenOn;
    private @Size(max = 1000) String consentBasis;
    private @Size(max = 1000) String admissionBasis;

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getPatronymic() {
        return patronymic;
    }

    public void setPatronymic(String patronymic) {
        this.patronymic = patronymic;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(UUID organizationId) {
        this.organizationId = organizationId;
    }

    public ExperienceLevel getExperience() {
        return experience;
    }

    public void setExperience(ExperienceLevel experience) {
        this.experience = experience;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public LocalDate getConsentGivenOn() {
        return consentGivenOn;
    }

    public void setConsentGivenOn(LocalDate consentGivenOn) {
        this.consentGivenOn = consentGivenOn;
    }

    public String getConsentBasis() {
        return consentBasis;
    }

    public void setConsentBasis(String consentBasis) {
        this.consentBasis = consentBasis;
    }

    public String getAdmissionBasis() {
        return admissionBasis;
    }

    public void setAdmissionBasis(String admissionBasis) {
        this.admissionBasis = admissionBasis;
    }
}
