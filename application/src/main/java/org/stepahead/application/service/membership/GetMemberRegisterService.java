package org.stepahead.application.service.membership;

import java.util.Comparator;
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

/** Service: reads a page of a community's member register. */
public record GetMemberRegisterService(
        UseCaseRunner runner, MembershipRepository memberships, CommunityRepository communities)
        implements GetMemberRegisterUseCase {

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
