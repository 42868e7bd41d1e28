package org.stepahead.adapter.in.web.membership;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.stepahead.adapter.in.web.common.EnumName;
import org.stepahead.domain.membership.Role;

/** Request: admit an educator to the community with their consent. */
public record AdmitMemberRequest(
        @NotNull UUID educatorId,
        @NotEmpty Set<@NotNull @EnumName(Role.class) String> roles,
        @NotNull LocalDate joinedOn,
        @NotNull LocalDate consentGivenOn,
        @Size(max = 1000) String consentBasis,
        @Size(max = 1000) String admissionBasis) {}
