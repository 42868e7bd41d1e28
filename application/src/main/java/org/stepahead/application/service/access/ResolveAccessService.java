package org.stepahead.application.service.access;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.stepahead.application.port.in.access.MembershipAccess;
import org.stepahead.application.port.in.access.ResolveAccessUseCase;
import org.stepahead.application.port.in.access.ResourceKind;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;

/** Service: reads the facts access decisions rest on — roles per community, a resource's community, tutors. */
public record ResolveAccessService(
        UseCaseRunner runner,
        MembershipRepository memberships,
        CommunityRepository communities,
        ProgramRepository programs,
        EventRepository events)
        implements ResolveAccessUseCase {

    @Override
    public Map<CommunityId, Set<Role>> rolesOf(EducatorId educatorId) {
        if (educatorId == null) {
            return Map.of();
        }
        return runner.query(educatorId, id -> {
            Map<CommunityId, Set<Role>> roles = new LinkedHashMap<>();
            for (Membership m : memberships.findActiveByEducator(id)) {
                roles.computeIfAbsent(m.communityId(), c -> EnumSet.noneOf(Role.class))
                        .addAll(m.roles());
            }
            roles.replaceAll((c, r) -> Set.copyOf(r));
            return Map.copyOf(roles);
        });
    }

    @Override
    public Optional<CommunityId> communityOf(ResourceKind kind, UUID id) {
        if (kind == null || id == null) {
            return Optional.empty();
        }
        return runner.query(id, uuid -> switch (kind) {
            case COMMUNITY -> communities.findById(new CommunityId(uuid)).map(Community::getId);
            case PROGRAM -> programs.findById(new ProgramId(uuid)).map(Program::communityId);
            case EVENT -> events.findById(new EventId(uuid)).map(Event::communityId);
            case MEMBERSHIP -> memberships.findById(new MembershipId(uuid)).map(Membership::communityId);
        });
    }

    @Override
    public Optional<MembershipAccess> membership(MembershipId membershipId) {
        if (membershipId == null) {
            return Optional.empty();
        }
        return runner.query(
                membershipId,
                id -> memberships.findById(id).map(m -> {
                    Set<MembershipId> tutorIds =
                            m.activeTutors().stream().map(l -> l.tutor()).collect(Collectors.toSet());
                    Set<EducatorId> tutors = memberships.findAllById(tutorIds).stream()
                            .filter(Membership::isActive)
                            .map(Membership::educatorId)
                            .collect(Collectors.toSet());
                    return new MembershipAccess(m.communityId(), m.educatorId(), tutors);
                }));
    }
}
