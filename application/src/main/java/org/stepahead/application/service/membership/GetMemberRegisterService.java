package org.stepahead.application.service.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.MemberRegisterCriteria;
import org.stepahead.application.port.out.MemberRegisterEntry;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.RegisterOrder;
import org.stepahead.application.port.out.ResultPage;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.Membership;

/** Service: reads a page of a community's member register. */
public record GetMemberRegisterService(
        UseCaseRunner runner, MembershipRepository memberships, CommunityRepository communities)
        implements GetMemberRegisterUseCase {

    /** Register entries read at a time by {@link #membersOn}. */
    private static final int PAGE = 500;

    @Override
    public Page<MemberRegisterItem> register(MemberRegisterQuery q) {
        return runner.query(q, query -> {
            UseCaseRunner.load(communities, "community", q.communityId());
            ResultPage<MemberRegisterEntry> found = memberships.findRegister(
                    new MemberRegisterCriteria(
                            q.communityId(),
                            q.role(),
                            q.organizationId(),
                            q.nameContains(),
                            q.includeFormer(),
                            new RegisterOrder(
                                    RegisterOrder.Key.valueOf(q.sort().key().name()),
                                    q.sort().descending())),
                    q.page(),
                    q.size());
            return new Page<>(
                    found.items().stream().map(GetMemberRegisterService::item).toList(),
                    found.page(),
                    found.size(),
                    found.total());
        });
    }

    @Override
    public List<MemberRegisterItem> membersOn(CommunityId communityId, LocalDate day) {
        return runner.query(communityId, query -> {
            UseCaseRunner.load(communities, "community", communityId);
            MemberRegisterCriteria everyone = new MemberRegisterCriteria(communityId, null, null, null, true);
            List<MemberRegisterItem> members = new ArrayList<>();
            for (int page = 0; ; page++) {
                ResultPage<MemberRegisterEntry> found = memberships.findRegister(everyone, page, PAGE);
                found.items().stream()
                        .filter(e -> Membership.isMemberOn(e.joinedOn(), e.leftOn(), day))
                        .map(GetMemberRegisterService::item)
                        .forEach(members::add);
                if (found.items().size() < PAGE || (long) (page + 1) * PAGE >= found.total()) {
                    return members;
                }
            }
        });
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
}
