package org.stepahead.application.port.out;

import java.time.LocalDate;
import java.util.Set;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.PersonName;

/** One line of the member register as a store reads it: the membership with its educator and organization. */
public record MemberRegisterEntry(
        MembershipId membershipId,
        long version,
        EducatorId educatorId,
        PersonName name,
        ExperienceLevel experience,
        OrganizationId organizationId,
        String organizationName,
        Set<Role> roles,
        LocalDate joinedOn,
        LocalDate leftOn) {}
