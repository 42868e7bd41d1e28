package org.stepahead.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;

/**
 * Outgoing port: stores {@link Membership} aggregates, with the versions and saves of {@link AggregateRepository}.
 */
public interface MembershipRepository extends AggregateRepository<Membership, MembershipId> {

    /** The ones of the given ids that exist, in no particular order. */
    List<Membership> findAllById(Collection<MembershipId> ids);

    /** Every membership of a community, current and former. */
    List<Membership> findByCommunity(CommunityId communityId);

    /** The educator's current membership of the community, if any. */
    Optional<Membership> findActive(CommunityId communityId, EducatorId educatorId);

    /** The educator's current memberships, in every community. */
    List<Membership> findActiveByEducator(EducatorId educatorId);

    /** The memberships currently tutored by the given tutor. */
    List<Membership> findTuteesOf(MembershipId tutor);

    /**
     * A page of the member register in the criteria's order (names in Russian alphabetical order, Ё as Е; ties by name,
     * then by membership).
     */
    ResultPage<MemberRegisterEntry> findRegister(MemberRegisterCriteria criteria, int page, int size);
}
