package org.stepahead.application.port.in.membership;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;

/** Read model: one line of the member register (ФИО, ОО, roles, dates). */
public record MemberRegisterItem(
        MembershipId membershipId,
        long version,
        EducatorId educatorId,
        String fullName,
        String surname,
        String givenName,
        String patronymic,
        ExperienceLevel experience,
        OrganizationId organizationId,
        String organizationName,
        List<Role> roles,
        LocalDate joinedOn,
        LocalDate leftOn) {}
