package org.stepahead.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;

/**
 * Outgoing port: stores {@link Membership} aggregates. {@link #save} inserts a new one (version 0) or replaces the
 * stored one if it still has the version the aggregate was loaded at, and returns the new stored version; otherwise
 * it fails with a {@link ConcurrentUpdateException}. Saves take effect when the enclosing
 * {@link UnitOfWork} commits.
 */
public interface MembershipRepository {

    /** The stored membership of this id, or empty. */
    Optional<Membership> findById(MembershipId id);

    /** The ones of the given ids that exist, in no particular order. */
    List<Membership> findAllById(Collection<MembershipId> ids);

    /**
     * Stores the membership (see the interface comment on versions) and returns its new stored version; throws
     * ConcurrentUpdateException on a stale version.
     */
    long save(Membership aggregate);

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
