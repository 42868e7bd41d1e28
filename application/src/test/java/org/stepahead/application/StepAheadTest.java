package org.stepahead.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.stepahead.application.port.in.membership.LeaveCommunityCommand;
import org.stepahead.application.port.in.organization.RegisterOrganizationCommand;
import org.stepahead.application.port.out.CalendarWriter;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.OrganizationRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.port.out.Storage;
import org.stepahead.application.port.out.UnitOfWork;
import org.stepahead.application.service.AggregateTestData;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.organization.OrganizationKind;
import org.stepahead.domain.organization.OrganizationRegistered;

class StepAheadTest {

    private final OrganizationRepository organizations = mock(OrganizationRepository.class);
    private final EducatorRepository educators = mock(EducatorRepository.class);
    private final CommunityRepository communities = mock(CommunityRepository.class);
    private final MembershipRepository memberships = mock(MembershipRepository.class);
    private final ProgramRepository programs = mock(ProgramRepository.class);
    private final EventRepository events = mock(EventRepository.class);
    private final UnitOfWork unitOfWork = mock(UnitOfWork.class);
    private final Storage storage = mock(Storage.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);

    StepAheadTest() {
        when(storage.organizations()).thenReturn(organizations);
        when(storage.educators()).thenReturn(educators);
        when(storage.communities()).thenReturn(communities);
        when(storage.memberships()).thenReturn(memberships);
        when(storage.programs()).thenReturn(programs);
        when(storage.events()).thenReturn(events);
        when(storage.unitOfWork()).thenReturn(unitOfWork);
        when(unitOfWork.execute(any())).thenAnswer(inv -> ((Supplier<?>) inv.getArgument(0)).get());
    }

    private static List<Method> useCaseGetters() {
        return Arrays.stream(StepAhead.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() == 0)
                .toList();
    }

    @Test
    void givenMockedStorage_create_offersEveryUseCase() throws Exception {
        StepAhead app = StepAhead.create(storage, Clock.systemUTC());

        List<Method> getters = useCaseGetters();
        assertThat(getters).hasSize(65);
        for (Method getter : getters) {
            assertThat(getter.getReturnType().getSimpleName())
                    .as(getter.getName())
                    .endsWith("UseCase");
            assertThat(getter.getReturnType().isInterface())
                    .as(getter.getName())
                    .isTrue();
            assertThat(getter.invoke(app)).as(getter.getName()).isNotNull().isInstanceOf(getter.getReturnType());
        }
    }

    @Test
    void givenMockedStorage_useCases_listsEveryAccessorsUseCaseOnceUnderItsPort() throws Exception {
        StepAhead app = StepAhead.create(storage, Clock.systemUTC());

        List<StepAhead.Binding<?>> bindings = StepAhead.useCases();

        assertThat(bindings)
                .extracting(StepAhead.Binding::name)
                .containsExactlyInAnyOrderElementsOf(
                        useCaseGetters().stream().map(Method::getName).toList());
        for (StepAhead.Binding<?> binding : bindings) {
            Method getter = StepAhead.class.getMethod(binding.name());
            assertThat(binding.port()).as(binding.name()).isEqualTo(getter.getReturnType());
            assertThat(binding.of(app)).as(binding.name()).isSameAs(getter.invoke(app));
        }
        assertThat(bindings).extracting(StepAhead.Binding::port).doesNotHaveDuplicates();
        assertThat(bindings)
                .extracting(b -> b.of(app).getClass())
                .as("one service per use case")
                .doesNotHaveDuplicates();
    }

    @Test
    void givenACalendarWriter_create_exportsThroughIt() {
        Community club = AggregateTestData.community(AggregateTestData.MOSCOW);
        when(communities.findById(club.getId())).thenReturn(Optional.of(club));
        CalendarWriter writer = feed -> "BEGIN:VCALENDAR " + feed.name();

        StepAhead app = StepAhead.create(storage, Clock.systemUTC(), publisher, writer);

        assertThat(app.exportCalendar().communityFeed(club.getId()).content())
                .isEqualTo("BEGIN:VCALENDAR " + club.name());
    }

    @Test
    void givenNoRegisteredCalendarWriter_create_stillWorks_andOnlyAnExportSaysWhatIsMissing() {
        Community club = AggregateTestData.community(AggregateTestData.MOSCOW);
        when(communities.findById(club.getId())).thenReturn(Optional.of(club));

        StepAhead app = StepAhead.create(storage, Clock.systemUTC());

        assertThatThrownBy(() -> app.exportCalendar().communityFeed(club.getId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("META-INF/services/" + CalendarWriter.class.getName());
    }

    @Test
    void givenMockedStorage_registerOrganization_savesThroughTheStoragesRepositoryAndPublishes() {
        StepAhead app = StepAhead.create(storage, Clock.systemUTC(), publisher);

        OrganizationId id = app.registerOrganization()
                .register(new RegisterOrganizationCommand(
                        "МБОУ СШ № 1", null, OrganizationKind.SCHOOL, null, false, false));

        ArgumentCaptor<Organization> saved = ArgumentCaptor.forClass(Organization.class);
        verify(organizations).save(saved.capture());
        assertThat(saved.getValue().getId()).isEqualTo(id);
        verify(unitOfWork).execute(any());
        verify(publisher).publish(List.of(new OrganizationRegistered(id, "МБОУ СШ № 1")));
    }

    @Test
    void givenStoredOrganization_listOrganizations_readsThroughTheStorage() {
        when(organizations.findAll()).thenReturn(List.of(AggregateTestData.organization("МБОУ СШ № 1")));

        assertThat(StepAhead.create(storage, Clock.systemUTC())
                        .listOrganizations()
                        .list())
                .hasSize(1);
    }

    @Test
    void givenFixedClock_leaveCommunity_tellsTodayByThatClockInTheCommunitysZone() {
        Community community = AggregateTestData.community(AggregateTestData.KRASNOYARSK);
        Membership membership = AggregateTestData.member(
                community,
                AggregateTestData.educator(ExperienceLevel.EXPERIENCED),
                LocalDate.of(2023, 1, 10),
                Role.MEMBER);
        when(communities.findById(community.getId())).thenReturn(Optional.of(community));
        when(memberships.findById(membership.getId())).thenReturn(Optional.of(membership));
        StepAhead app = StepAhead.create(storage, Clock.fixed(Instant.parse("2023-06-13T20:00:00Z"), ZoneOffset.UTC));

        app.leaveCommunity().leave(new LeaveCommunityCommand(membership.getId(), null, null));

        ArgumentCaptor<Membership> saved = ArgumentCaptor.forClass(Membership.class);
        verify(memberships).save(saved.capture());
        assertThat(saved.getValue().leftOn()).isEqualTo(LocalDate.of(2023, 6, 14));
    }

    @Test
    void givenMissingStorageClockOrPublisher_create_refuses() {
        assertThatThrownBy(() -> StepAhead.create(null, Clock.systemUTC()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("storage");
        assertThatThrownBy(() -> StepAhead.create(storage, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("clock");
        assertThatThrownBy(() -> StepAhead.create(storage, Clock.systemUTC(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("publisher");
    }
}
