package org.stepahead.application.port.in.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;

/**
 * Use case: the facts access decisions rest on — an educator's roles in each community they are a current
 * member of, the community a resource belongs to, and who a membership concerns. It decides nothing itself.
 */
public interface ResolveAccessUseCase {

    /** The educator's roles per community, over their current memberships only. */
    Map<CommunityId, Set<Role>> rolesOf(EducatorId educatorId);

    /** The community the resource of this kind and id belongs to; empty when there is no such resource. */
    Optional<CommunityId> communityOf(ResourceKind kind, UUID id);

    /** Who the membership concerns; empty when there is no such membership. */
    Optional<MembershipAccess> membership(MembershipId membershipId);
}
