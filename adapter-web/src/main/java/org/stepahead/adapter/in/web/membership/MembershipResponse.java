package org.stepahead.adapter.in.web.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response: one membership with its consent and tutoring links. */
public record MembershipResponse(
        UUID id,
        long version,
        UUID communityId,
        UUID educatorId,
        List<String> roles,
        LocalDate joinedOn,
        LocalDate leftOn,
        LocalDate consentGivenOn,
        String consentBasis,
        String admissionBasis,
        List<TutorLink> tutors) {

    /** A tutor's accompaniment of this member. */
    public record TutorLink(UUID tutorId, List<String> functions, LocalDate since, LocalDate until) {}
}
