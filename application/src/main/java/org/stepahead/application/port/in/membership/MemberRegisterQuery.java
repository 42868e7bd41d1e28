package org.stepahead.application.port.in.membership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;

/**
 * Query: a page (from 0) of a community's member register, optionally only one role, one organization, or names
 * containing a text; former members only when asked.
 */
public record MemberRegisterQuery(
    @NotNull CommunityId communityId,
    Role role,
    OrganizationId organizationId,
    @Size(max = 100) String nameContains,
    boolean includeFormer,
    @Min(0) int page,
    @Min(1) @Max(500) int size) {}
