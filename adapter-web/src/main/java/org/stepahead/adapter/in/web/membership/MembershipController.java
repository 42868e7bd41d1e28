package org.stepahead.adapter.in.web.membership;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepahead.adapter.in.web.common.Created;
import org.stepahead.adapter.in.web.common.CreatedResponse;
import org.stepahead.adapter.in.web.common.ETags;
import org.stepahead.adapter.in.web.common.PageResponse;
import org.stepahead.application.port.in.membership.AdmitMemberUseCase;
import org.stepahead.application.port.in.membership.ChangeMemberRolesUseCase;
import org.stepahead.application.port.in.membership.EndTutoringUseCase;
import org.stepahead.application.port.in.membership.GetMemberRegisterUseCase;
import org.stepahead.application.port.in.membership.GetMembershipUseCase;
import org.stepahead.application.port.in.membership.LeaveCommunityUseCase;
import org.stepahead.application.port.in.membership.LinkTutorUseCase;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.in.membership.MembershipView;
import org.stepahead.application.port.in.membership.RegisterSort;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.OrganizationId;

/** REST: a community's members — admit, the paged register, one member, roles, leaving, tutoring links. */
@RestController
@RequestMapping("/api/v1")
class MembershipController {

    private final AdmitMemberUseCase admitMember;
    private final GetMemberRegisterUseCase memberRegister;
    private final GetMembershipUseCase getMembership;
    private final ChangeMemberRolesUseCase changeMemberRoles;
    private final LeaveCommunityUseCase leaveCommunity;
    private final LinkTutorUseCase linkTutor;
    private final EndTutoringUseCase endTutoring;
    private final MembershipWebMapper mapper;

    MembershipController(
            AdmitMemberUseCase admitMember,
            GetMemberRegisterUseCase memberRegister,
            GetMembershipUseCase getMembership,
            ChangeMemberRolesUseCase changeMemberRoles,
            LeaveCommunityUseCase leaveCommunity,
            LinkTutorUseCase linkTutor,
            EndTutoringUseCase endTutoring,
            MembershipWebMapper mapper) {
        this.admitMember = admitMember;
        this.memberRegister = memberRegister;
        this.getMembership = getMembership;
        this.changeMemberRoles = changeMemberRoles;
        this.leaveCommunity = leaveCommunity;
        this.linkTutor = linkTutor;
        this.endTutoring = endTutoring;
        this.mapper = mapper;
    }

    @PostMapping("/communities/{communityId}/members")
    ResponseEntity<CreatedResponse> admit(
            @PathVariable UUID communityId, @Valid @RequestBody AdmitMemberRequest request) {
        MembershipId id = admitMember.admit(mapper.admit(communityId, request));
        return Created.at("/api/v1/members/" + id.value(), id.value());
    }

    @GetMapping("/communities/{communityId}/members")
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

    @GetMapping("/members/{membershipId}")
    ResponseEntity<MembershipResponse> get(@PathVariable UUID membershipId) {
        MembershipView view = getMembership.membership(new MembershipId(membershipId));
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(mapper.response(view));
    }

    @PutMapping("/members/{membershipId}/roles")
    ResponseEntity<Void> changeMemberRoles(
            @PathVariable UUID membershipId,
            @Valid @RequestBody ChangeRolesRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        changeMemberRoles.changeRoles(mapper.changeRoles(membershipId, request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/members/{membershipId}/leave")
    ResponseEntity<Void> leave(
            @PathVariable UUID membershipId,
            @Valid @RequestBody(required = false) LeaveRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        leaveCommunity.leave(mapper.leave(
                membershipId, request == null ? new LeaveRequest(null) : request, ETags.expectedVersion(ifMatch)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/members/{tuteeId}/tutors")
    ResponseEntity<Void> linkTutor(@PathVariable UUID tuteeId, @Valid @RequestBody LinkTutorRequest request) {
        linkTutor.link(mapper.link(tuteeId, request));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/members/{tuteeId}/tutors/{tutorId}/end")
    ResponseEntity<Void> endTutoring(
            @PathVariable UUID tuteeId,
            @PathVariable UUID tutorId,
            @Valid @RequestBody(required = false) EndTutoringRequest request) {
        endTutoring.end(mapper.end(tuteeId, tutorId, request == null ? new EndTutoringRequest(null) : request));
        return ResponseEntity.noContent().build();
    }
}
