package org.stepahead.adapter.in.web.membership;

import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.stepahead.adapter.in.web.common.PageResponse;
import org.stepahead.adapter.in.web.common.WebMapperConfig;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.membership.AdmitMemberCommand;
import org.stepahead.application.port.in.membership.ChangeMemberRolesCommand;
import org.stepahead.application.port.in.membership.EndTutoringCommand;
import org.stepahead.application.port.in.membership.LeaveCommunityCommand;
import org.stepahead.application.port.in.membership.LinkTutorCommand;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.membership.MembershipView;

/** Mapping: membership requests to commands, register lines and memberships to responses. */
@Mapper(config = WebMapperConfig.class)
interface MembershipWebMapper {

    AdmitMemberCommand admit(UUID communityId, AdmitMemberRequest request);

    @Mapping(target = "membershipId", source = "membershipId")
    ChangeMemberRolesCommand changeRoles(UUID membershipId, ChangeRolesRequest request, Long expectedVersion);

    LeaveCommunityCommand leave(UUID membershipId, LeaveRequest request, Long expectedVersion);

    LinkTutorCommand link(UUID tuteeId, LinkTutorRequest request);

    EndTutoringCommand end(UUID tuteeId, UUID tutorId, EndTutoringRequest request);

    MemberRegisterItemResponse item(MemberRegisterItem item);

    MembershipResponse response(MembershipView view);

    default PageResponse<MemberRegisterItemResponse> page(Page<MemberRegisterItem> page) {
        return new PageResponse<>(
                page.items().stream().map(this::item).toList(),
                page.page(),
                page.size(),
                page.total(),
                page.totalPages());
    }
}
