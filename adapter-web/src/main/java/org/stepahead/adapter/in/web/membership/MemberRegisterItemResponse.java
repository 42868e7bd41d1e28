package org.stepahead.adapter.in.web.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response: one line of the member register. */
public record MemberRegisterItemResponse(
        UUID membershipId,
        long version,
        UUID educatorId,
        String fullName,
        String surname,
        String givenName,
        String patronymic,
        String experience,
        UUID organizationId,
        String organizationName,
        List<String> roles,
        LocalDate joinedOn,
        LocalDate leftOn) {}
