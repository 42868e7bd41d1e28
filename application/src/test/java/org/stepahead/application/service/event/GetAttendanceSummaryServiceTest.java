package org.stepahead.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.stepahead.application.service.AggregateTestData.MOSCOW;
import static org.stepahead.application.service.AggregateTestData.community;
import static org.stepahead.application.service.AggregateTestData.draftProgram;
import static org.stepahead.application.service.AggregateTestData.educator;
import static org.stepahead.application.service.AggregateTestData.member;
import static org.stepahead.application.service.AggregateTestData.stored;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.event.AttendanceSummaryQuery;
import org.stepahead.application.port.in.event.EventAttendanceView;
import org.stepahead.application.port.in.event.MemberAttendanceView;
import org.stepahead.application.port.out.AttendanceCriteria;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.EventAttendanceCount;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.MemberAttendanceCount;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;

class GetAttendanceSummaryServiceTest {

    private static final LocalDate FROM = LocalDate.of(2023, 9, 1);
    private static final LocalDate TO = LocalDate.of(2023, 12, 31);

    private final EventRepository events = mock(EventRepository.class);
    private final ProgramRepository programs = mock(ProgramRepository.class);
    private final CommunityRepository communities = mock(CommunityRepository.class);
    private final MembershipRepository memberships = mock(MembershipRepository.class);
    private final EducatorRepository educators = mock(EducatorRepository.class);
    private final GetAttendanceSummaryService service = new GetAttendanceSummaryService(
            new UseCaseRunner(RecordingUnitOfWork.committing(), list -> {}),
            events,
            programs,
            communities,
            memberships,
            educators);

    private final Community community = community(MOSCOW);

    {
        when(communities.findById(community.getId())).thenReturn(Optional.of(community));
    }

    @Test
    void givenCountsFromTheStore_byEvent_addsAttendedAndTotal() {
        EventId event = EventId.random();
        when(events.attendanceByEvent(new AttendanceCriteria(community.getId(), null, FROM, TO)))
                .thenReturn(List.of(new EventAttendanceCount(event, FROM, "Заседание", null, null, 5, 2, 3)));

        List<EventAttendanceView> views =
                service.byEvent(new AttendanceSummaryQuery(community.getId(), null, FROM, TO));

        assertThat(views)
                .containsExactly(new EventAttendanceView(event, FROM, "Заседание", null, null, 5, 2, 3, 8, 10));
    }

    @Test
    void givenAProgram_byEvent_countsOverItsCommunityAndProgram() {
        Program program = stored(draftProgram(community.getId()));
        when(programs.findById(program.getId())).thenReturn(Optional.of(program));
        when(events.attendanceByEvent(any())).thenReturn(List.of());

        service.byEvent(new AttendanceSummaryQuery(null, program.getId(), null, null));

        verify(events).attendanceByEvent(new AttendanceCriteria(community.getId(), program.getId(), null, null));
    }

    @Test
    void givenAProgramOfAnotherCommunity_byEvent_isNotFound() {
        Program program = stored(draftProgram(CommunityId.random()));
        when(programs.findById(program.getId())).thenReturn(Optional.of(program));

        assertThatThrownBy(() ->
                        service.byEvent(new AttendanceSummaryQuery(community.getId(), program.getId(), null, null)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void givenNeitherCommunityNorProgram_byEvent_refusesNamingCommunityId() {
        assertThatThrownBy(() -> service.byEvent(new AttendanceSummaryQuery(null, null, FROM, TO)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("communityId"));
    }

    @Test
    void givenToBeforeFrom_byMember_isRefused() {
        assertThatThrownBy(() -> service.byMember(new AttendanceSummaryQuery(community.getId(), null, TO, FROM)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("period.endBeforeStart"));
    }

    @Test
    void givenMembersWithAndWithoutAttendance_byMember_listsEveryoneOfThePeriodByNameWithTheirCounts() {
        Educator yakovleva = educator("Яковлева", ExperienceLevel.EXPERIENCED);
        Educator antonova = educator("Антонова", ExperienceLevel.YOUNG);
        Educator later = educator("Борисова", ExperienceLevel.YOUNG);
        Membership listed = member(community, yakovleva, FROM.minusYears(1), Role.MEMBER);
        Membership neverListed = member(community, antonova, FROM.plusDays(10), Role.MEMBER);
        Membership joinedAfter = member(community, later, TO.plusDays(1), Role.MEMBER);
        when(memberships.findByCommunity(community.getId())).thenReturn(List.of(listed, neverListed, joinedAfter));
        when(events.attendanceByMember(new AttendanceCriteria(community.getId(), null, FROM, TO)))
                .thenReturn(List.of(new MemberAttendanceCount(listed.getId(), 4, 1)));
        when(educators.findAllById(any())).thenReturn(List.of(yakovleva, antonova));

        List<MemberAttendanceView> views =
                service.byMember(new AttendanceSummaryQuery(community.getId(), null, FROM, TO));

        assertThat(views)
                .containsExactly(
                        new MemberAttendanceView(neverListed.getId(), "Антонова Елена Николаевна", 0, 0, 0),
                        new MemberAttendanceView(listed.getId(), "Яковлева Елена Николаевна", 4, 1, 5));
    }
}
