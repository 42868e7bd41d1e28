package org.stepahead.application.port.in.membership;

import java.time.LocalDate;
import java.util.List;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.shared.TutorFunction;

/** Read model: one membership with its consent and tutoring links. */
public record MembershipView(
        MembershipId id,
        long version,
        CommunityId communityId,
        EducatorId educatorId,
        List<Role> roles,
        LocalDate joinedOn,
        LocalDate leftOn,
        LocalDate consentGivenOn,
        String consentBasis,
        String admissionBasis,
        List<TutorLinkView> tutors) {

    /** A tutor's accompaniment of this member. */
    public record TutorLinkView(
            MembershipId tutorId, List<TutorFunction> functions, LocalDate since, LocalDate until) {}
}
