package org.stepahead.application.port.in.membership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.application.port.in.CommandValidation;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;

/**
 * Query: a page (from 0) of a community's member register, optionally only one role, one organization, or names
 * containing a text; former members only when asked; sorted by name unless another order is asked.
 */
public record MemberRegisterQuery(
        @NotNull CommunityId communityId,
        Role role,
        OrganizationId organizationId,
        @Size(max = 100) String nameContains,
        boolean includeFormer,
        @Min(0) int page,
        @Min(1) @Max(500) int size,
        RegisterSort sort) {

    public MemberRegisterQuery {
        CommandValidation.validateConstructor(
                MemberRegisterQuery.class,
                communityId,
                role,
                organizationId,
                nameContains,
                includeFormer,
                page,
                size,
                sort);
        sort = sort == null ? RegisterSort.BY_NAME : sort;
    }

    /** A query in the default order, by name. */
    public MemberRegisterQuery(
            CommunityId communityId,
            Role role,
            OrganizationId organizationId,
            String nameContains,
            boolean includeFormer,
            int page,
            int size) {
        this(communityId, role, organizationId, nameContains, includeFormer, page, size, RegisterSort.BY_NAME);
    }
}
