package org.stepahead.application.service.membership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.stepahead.application.port.in.membership.MembershipView;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.Role;

/** What the membership services share: today in a community, and the view of a membership. */
final class Memberships {

    private Memberships() {}

    static MembershipView view(Membership m) {
        return new MembershipView(
                m.getId(),
                m.version(),
                m.communityId(),
                m.educatorId(),
                m.roles().stream().sorted(Comparator.<Role>naturalOrder()).toList(),
                m.joinedOn(),
                m.leftOn(),
                m.consent().givenOn(),
                m.consent().basis(),
                m.admissionBasis(),
                m.tutors().stream()
                        .map(l -> new MembershipView.TutorLinkView(
                                l.tutor(), List.copyOf(l.functions()), l.since(), l.until()))
                        .toList());
    }

    static LocalDate today(CommunityRepository communities, ClockPort clock, CommunityId communityId) {
        return clock.today(
                UseCaseRunner.load(communities, "community", communityId).timeZone());
    }
}
