package org.stepahead.application.port.out;

import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;

/**
 * Which members of a community the register lists: optionally only those with a role, only those of an
 * organization, only those whose name contains a text (case-insensitive, Ё as Е), and former members too or not;
 * and in which order.
 */
public record MemberRegisterCriteria(
        CommunityId communityId,
        Role role,
        OrganizationId organizationId,
        String nameContains,
        boolean includeFormer,
        RegisterOrder sort) {

    /** Criteria in the default order, by name. */
    public MemberRegisterCriteria(
            CommunityId communityId,
            Role role,
            OrganizationId organizationId,
            String nameContains,
            boolean includeFormer) {
        this(communityId, role, organizationId, nameContains, includeFormer, RegisterOrder.BY_NAME);
    }

    public MemberRegisterCriteria {
        if (communityId == null) {
            throw new IllegalArgumentException("communityId is required");
        }
        sort = sort == null ? RegisterOrder.BY_NAME : sort;
        nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
    }
}
