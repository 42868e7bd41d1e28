package org.stepahead.adapter.out.persistence.jdbc;

import java.time.LocalDate;
import java.util.UUID;

/** Persistence adapter: rows of a membership's roles and tutoring links. */
public final class MembershipChildRows {

    private MembershipChildRows() {}

    /** A row of {@code membership_role}. */
    public record RoleRow(UUID membershipId, String role) {}

    /** A row of {@code tutoring_link}. */
    public record LinkRow(UUID membershipId, int position, UUID tutorId, LocalDate since, LocalDate until) {}

    /** A row of {@code tutoring_link_function}. */
    public record LinkFunctionRow(UUID membershipId, int linkPosition, int position, String functionCode) {}

    /** A line of the member register as the query reads it. */
    public record RegisterRow(
            UUID id,
            long version,
            UUID educatorId,
            String surname,
            String givenName,
            String patronymic,
            String experience,
            UUID organizationId,
            String organizationName,
            LocalDate joinedOn,
            LocalDate leftOn) {}
}
