package org.stepahead.application.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.stepahead.application.service.AggregateTestData.MOSCOW;
import static org.stepahead.application.service.AggregateTestData.community;
import static org.stepahead.application.service.AggregateTestData.draftProgram;
import static org.stepahead.application.service.AggregateTestData.educator;
import static org.stepahead.application.service.AggregateTestData.member;
import static org.stepahead.application.service.AggregateTestData.standaloneEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.in.access.MembershipAccess;
import org.stepahead.application.port.in.access.ResourceKind;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.program.Program;

class ResolveAccessServiceTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2023, 9, 1);

    private final MembershipRepository memberships = mock(MembershipRepository.class);
    private final CommunityRepository communities = mock(CommunityRepository.class);
    private final ProgramRepository programs = mock(ProgramRepository.class);
    private final EventRepository events = mock(EventRepository.class);
    private final ResolveAccessService service = new ResolveAccessService(
            new UseCaseRunner(RecordingUnitOfWork.committing(), mock(DomainEventPublisher.class)),
            memberships,
            communities,
            programs,
            events);

    private final Community first = community(MOSCOW);
    private final Community second = community(MOSCOW);
    private final Educator teacher = educator(ExperienceLevel.EXPERIENCED);

    @Test
    void givenCurrentMembershipsInTwoCommunities_rolesOf_givesTheRolesOfEach() {
        Membership coordinator = member(first, teacher, SEPTEMBER, Role.COORDINATOR, Role.MEMBER);
        Membership tutor = member(second, teacher, SEPTEMBER, Role.TUTOR);
        when(memberships.findActiveByEducator(teacher.getId())).thenReturn(List.of(coordinator, tutor));

        assertThat(service.rolesOf(teacher.getId()))
                .isEqualTo(Map.of(
                        first.getId(), Set.of(Role.COORDINATOR, Role.MEMBER), second.getId(), Set.of(Role.TUTOR)));
    }

    @Test
    void givenNoEducator_rolesOf_isEmpty() {
        assertThat(service.rolesOf(null)).isEmpty();
    }

    @Test
    void givenResourcesOfEachKind_communityOf_namesTheirCommunity() {
        Program program = draftProgram(first.getId());
        Event event = standaloneEvent(second.getId(), SEPTEMBER);
        Membership membership = member(first, teacher, SEPTEMBER, Role.MEMBER);
        when(communities.findById(first.getId())).thenReturn(Optional.of(first));
        when(programs.findById(program.getId())).thenReturn(Optional.of(program));
        when(events.findById(event.getId())).thenReturn(Optional.of(event));
        when(memberships.findById(membership.getId())).thenReturn(Optional.of(membership));

        assertThat(service.communityOf(ResourceKind.COMMUNITY, first.getId().value()))
                .contains(first.getId());
        assertThat(service.communityOf(ResourceKind.PROGRAM, program.getId().value()))
                .contains(first.getId());
        assertThat(service.communityOf(ResourceKind.EVENT, event.getId().value()))
                .contains(second.getId());
        assertThat(service.communityOf(
                        ResourceKind.MEMBERSHIP, membership.getId().value()))
                .contains(first.getId());
    }

    @Test
    void givenAnUnknownId_communityOf_isEmpty() {
        assertThat(service.communityOf(ResourceKind.PROGRAM, UUID.randomUUID())).isEmpty();
        assertThat(service.communityOf(ResourceKind.EVENT, null)).isEmpty();
    }

    @Test
    void givenATuteeWithATutor_membership_namesTheTuteeAndTheTutorsEducator() {
        Educator tutorTeacher = educator(ExperienceLevel.EXPERIENCED);
        Membership tutor = member(first, tutorTeacher, SEPTEMBER, Role.TUTOR);
        Membership tutee = member(first, teacher, SEPTEMBER, Role.TUTEE);
        tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, List.of(), SEPTEMBER);
        when(memberships.findById(tutee.getId())).thenReturn(Optional.of(tutee));
        when(memberships.findAllById(anyCollection())).thenReturn(List.of(tutor));

        assertThat(service.membership(tutee.getId()))
                .contains(new MembershipAccess(first.getId(), teacher.getId(), Set.of(tutorTeacher.getId())));
    }
}
