package org.stepahead.application.service.membership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.stepahead.application.port.in.membership.MembershipView;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.shared.NotFound;

/** What the membership services share: finding what a command names, and the view of a membership. */
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
        return clock.today(community(communities, communityId).timeZone());
    }

    static Community community(CommunityRepository communities, CommunityId id) {
        return communities.findById(id).orElseThrow(() -> new NotFound("community", id));
    }

    static Educator educator(EducatorRepository educators, EducatorId id) {
        return educators.findById(id).orElseThrow(() -> new NotFound("educator", id));
    }

    static Membership load(MembershipRepository memberships, MembershipId id) {
        return memberships.findById(id).orElseThrow(() -> new NotFound("membership", id));
    }
}
