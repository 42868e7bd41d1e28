package org.stepahead.adapter.in.web.membership;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.PageResponse;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.in.membership.RegisterSort;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;

/** REST: {@link GetMemberRegisterUseCase} at {@code GET /api/v1/communities/{communityId}/members}, a filtered page. */
@RestController
record GetMemberRegisterController(GetMemberRegisterUseCase memberRegister, MembershipWebMapper mapper) {

    @GetMapping("/api/v1/communities/{communityId}/members")
    PageResponse<MemberRegisterItemResponse> register(
            @PathVariable UUID communityId,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) UUID organization,
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "false") boolean includeFormer,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "name | organization | joined, optionally ,asc or ,desc", example = "joined,desc")
                    @RequestParam(defaultValue = "name")
                    RegisterSort sort) {
        MemberRegisterQuery query = new MemberRegisterQuery(
                new CommunityId(communityId),
                role,
                organization == null ? null : new OrganizationId(organization),
                name,
                includeFormer,
                page,
                size,
                sort);
        return mapper.page(memberRegister.register(query));
    }
}
