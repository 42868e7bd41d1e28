package org.stepahead.application.service.membership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.stepahead.application.common.Page;
import org.stepahead.application.port.in.membership.AdmitMemberCommand;
import org.stepahead.application.port.in.membership.AdmitMemberUseCase;
import org.stepahead.application.port.in.membership.ChangeMemberRolesCommand;
import org.stepahead.application.port.in.membership.ChangeMemberRolesUseCase;
import org.stepahead.application.port.in.membership.EndTutoringCommand;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.LeaveCommunityCommand;
import org.stepahead.application.port.in.membership.LeaveCommunityUseCase;
import org.stepahead.application.port.in.membership.LinkTutorCommand;
import org.stepahead.application.port.in.membership.LinkTutorUseCase;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.in.membership.MembershipView;
import org.stepahead.application.port.out.ClockPort;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.MemberRegisterCriteria;
import org.stepahead.application.port.out.MemberRegisterEntry;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.Consent;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;

/**
 * Service: admits members, changes their roles, lets them leave (ending every tutoring link they are part of),
 * links tutors and tutees, and reads the member register.
 */
public final class MembershipService
        implements AdmitMemberUseCase,
                ChangeMemberRolesUseCase,
                LeaveCommunityUseCase,
                LinkTutorUseCase,
                GetMemberRegisterUseCase {

    private final UseCaseRunner runner;
    private final MembershipRepository memberships;
    private final EducatorRepository educators;
    private final CommunityRepository communities;
    private final ClockPort clock;

    public MembershipService(
            UseCaseRunner runner,
            MembershipRepository memberships,
            EducatorRepository educators,
            CommunityRepository communities,
            ClockPort clock) {
        this.runner = runner;
        this.memberships = memberships;
        this.educators = educators;
        this.communities = communities;
        this.clock = clock;
    }

    @Override
    public MembershipId admit(AdmitMemberCommand c) {
        return runner.execute(c, changes -> {
            community(c.communityId());
            Educator educator = educator(c.educatorId());
            if (memberships.findActive(c.communityId(), c.educatorId()).isPresent()) {
                throw new DomainRuleViolation("membership.alreadyMember");
            }
            Membership membership = Membership.admit(
                    MembershipId.random(),
                    c.communityId(),
                    c.educatorId(),
                    c.roles(),
                    c.joinedOn(),
                    new Consent(c.consentGivenOn(), c.consentBasis()),
                    c.admissionBasis(),
                    educator.experience());
            changes.save(memberships::save, membership);
            return membership.getId();
        });
    }

    @Override
    public void changeRoles(ChangeMemberRolesCommand c) {
        runner.execute(c, changes -> {
            Membership membership = load(c.membershipId());
            UseCaseRunner.expectVersion(c.expectedVersion(), membership, "membership");
            membership.changeRoles(c.roles(), educator(membership.educatorId()).experience());
            return changes.save(memberships::save, membership);
        });
    }

    @Override
    public void leave(LeaveCommunityCommand c) {
        runner.execute(c, changes -> {
            Membership membership = load(c.membershipId());
            UseCaseRunner.expectVersion(c.expectedVersion(), membership, "membership");
            LocalDate day = c.leftOn() != null ? c.leftOn() : today(membership.communityId());
            membership.leave(day);
            changes.save(memberships::save, membership);
            for (Membership tutee : memberships.findTuteesOf(membership.getId())) {
                tutee.endTutoringBy(membership.getId(), day);
                changes.save(memberships::save, tutee);
            }
            return null;
        });
    }

    @Override
    public void link(LinkTutorCommand c) {
        runner.execute(c, changes -> {
            Membership tutee = load(c.tuteeId());
            Membership tutor = load(c.tutorId());
            LocalDate since = c.since() != null ? c.since() : today(tutee.communityId());
            tutee.assignTutor(tutor, educator(tutor.educatorId()).experience(), c.functions(), since);
            return changes.save(memberships::save, tutee);
        });
    }

    @Override
    public void end(EndTutoringCommand c) {
        runner.execute(c, changes -> {
            Membership tutee = load(c.tuteeId());
            LocalDate until = c.until() != null ? c.until() : today(tutee.communityId());
            tutee.endTutoringBy(c.tutorId(), until);
            return changes.save(memberships::save, tutee);
        });
    }

    @Override
    public Page<MemberRegisterItem> register(MemberRegisterQuery q) {
        return runner.query(q, query -> {
            community(q.communityId());
            return memberships
                    .findRegister(
                            new MemberRegisterCriteria(
                                    q.communityId(),
                                    q.role(),
                                    q.organizationId(),
                                    q.nameContains(),
                                    q.includeFormer(),
                                    q.sort()),
                            q.page(),
                            q.size())
                    .map(MembershipService::item);
        });
    }

    @Override
    public MembershipView membership(MembershipId id) {
        return runner.query(id, q -> view(load(id)));
    }

    private static MemberRegisterItem item(MemberRegisterEntry e) {
        return new MemberRegisterItem(
                e.membershipId(),
                e.version(),
                e.educatorId(),
                e.name().full(),
                e.name().surname(),
                e.name().givenName(),
                e.name().patronymic(),
                e.experience(),
                e.organizationId(),
                e.organizationName(),
                e.roles().stream().sorted(Comparator.naturalOrder()).toList(),
                e.joinedOn(),
                e.leftOn());
    }

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

    private LocalDate today(CommunityId communityId) {
        return clock.today(community(communityId).timeZone());
    }

    private Community community(CommunityId id) {
        return communities.findById(id).orElseThrow(() -> new NotFound("community", id));
    }

    private Educator educator(EducatorId id) {
        return educators.findById(id).orElseThrow(() -> new NotFound("educator", id));
    }

    private Membership load(MembershipId id) {
        return memberships.findById(id).orElseThrow(() -> new NotFound("membership", id));
    }
}
