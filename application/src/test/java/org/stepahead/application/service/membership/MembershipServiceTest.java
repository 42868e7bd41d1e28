package org.stepahead.application.service.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.stepahead.application.service.AggregateTestData.EVENING_OF_13_JUNE_UTC;
import static org.stepahead.application.service.AggregateTestData.KRASNOYARSK;
import static org.stepahead.application.service.AggregateTestData.MOSCOW;
import static org.stepahead.application.service.AggregateTestData.clockAt;
import static org.stepahead.application.service.AggregateTestData.community;
import static org.stepahead.application.service.AggregateTestData.educator;
import static org.stepahead.application.service.AggregateTestData.member;
import static org.stepahead.application.service.AggregateTestData.stored;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Messages;
import org.stepahead.application.port.in.Page;
import org.stepahead.application.port.in.StorageUnavailableException;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.membership.AdmitMemberCommand;
import org.stepahead.application.port.in.membership.ChangeMemberRolesCommand;
import org.stepahead.application.port.in.membership.EndTutoringCommand;
import org.stepahead.application.port.in.membership.LeaveCommunityCommand;
import org.stepahead.application.port.in.membership.LinkTutorCommand;
import org.stepahead.application.port.in.membership.MemberRegisterItem;
import org.stepahead.application.port.in.membership.MemberRegisterQuery;
import org.stepahead.application.port.in.membership.MembershipView;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.MemberRegisterCriteria;
import org.stepahead.application.port.out.MemberRegisterEntry;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.ResultPage;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.EducatorId;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.membership.Consent;
import org.stepahead.domain.membership.MemberAdmitted;
import org.stepahead.domain.membership.MemberLeft;
import org.stepahead.domain.membership.MemberRolesChanged;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.membership.TutorAssigned;
import org.stepahead.domain.membership.TutoringEnded;
import org.stepahead.domain.membership.TutoringLink;
import org.stepahead.domain.organization.OrganizationId;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.PersonName;
import org.stepahead.domain.shared.TutorFunction;

class MembershipServiceTest {

    private static final LocalDate JOINED = LocalDate.of(2023, 1, 10);
    private static final LocalDate TODAY_IN_KRASNOYARSK = LocalDate.of(2023, 6, 14);

    private final MembershipRepository memberships = mock(MembershipRepository.class);
    private final EducatorRepository educators = mock(EducatorRepository.class);
    private final CommunityRepository communities = mock(CommunityRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);
    private RecordingUnitOfWork uow = RecordingUnitOfWork.committing();

    private Community community = known(community(KRASNOYARSK));

    private UseCaseRunner runner() {
        return new UseCaseRunner(uow, publisher);
    }

    private AdmitMemberService admitMember() {
        return new AdmitMemberService(runner(), memberships, educators, communities);
    }

    private ChangeMemberRolesService changeMemberRoles() {
        return new ChangeMemberRolesService(runner(), memberships, educators);
    }

    private LeaveCommunityService leaveCommunity() {
        return new LeaveCommunityService(runner(), memberships, communities, clockAt(EVENING_OF_13_JUNE_UTC));
    }

    private LinkTutorService linkTutor() {
        return new LinkTutorService(runner(), memberships, educators, communities, clockAt(EVENING_OF_13_JUNE_UTC));
    }

    private EndTutoringService endTutoring() {
        return new EndTutoringService(runner(), memberships, communities, clockAt(EVENING_OF_13_JUNE_UTC));
    }

    private GetMemberRegisterService memberRegister() {
        return new GetMemberRegisterService(runner(), memberships, communities);
    }

    private GetMembershipService getMembership() {
        return new GetMembershipService(runner(), memberships);
    }

    private Community known(Community c) {
        when(communities.findById(c.getId())).thenReturn(Optional.of(c));
        return c;
    }

    private Educator known(Educator e) {
        when(educators.findById(e.getId())).thenReturn(Optional.of(e));
        return e;
    }

    private Membership known(Membership m) {
        when(memberships.findById(m.getId())).thenReturn(Optional.of(m));
        return m;
    }

    private List<Membership> savedMemberships(int count) {
        ArgumentCaptor<Membership> saved = ArgumentCaptor.forClass(Membership.class);
        verify(memberships, times(count)).save(saved.capture());
        return saved.getAllValues();
    }

    @SuppressWarnings("unchecked")
    private List<DomainEvent> publishedEvents() {
        ArgumentCaptor<List<DomainEvent>> events = ArgumentCaptor.forClass(List.class);
        verify(publisher).publish(events.capture());
        return events.getValue();
    }

    private AdmitMemberCommand admit(EducatorId educatorId, Set<Role> roles) {
        return new AdmitMemberCommand(
                community.getId(),
                educatorId,
                roles,
                JOINED,
                LocalDate.of(2023, 1, 9),
                "заявление",
                "победитель конкурса");
    }

    // ---- admit ----------------------------------------------------------------------------------------------------

    @Test
    void givenEducatorNotYetMember_admit_savesTheMembershipWithConsentAndReturnsItsId() {
        Educator educator = known(educator(ExperienceLevel.EXPERIENCED));
        when(memberships.findActive(community.getId(), educator.getId())).thenReturn(Optional.empty());

        MembershipId id = admitMember().admit(admit(educator.getId(), Set.of(Role.MEMBER, Role.TUTOR)));

        Membership saved = savedMemberships(1).get(0);
        assertThat(saved.getId()).isEqualTo(id);
        assertThat(saved.communityId()).isEqualTo(community.getId());
        assertThat(saved.educatorId()).isEqualTo(educator.getId());
        assertThat(saved.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.TUTOR);
        assertThat(saved.joinedOn()).isEqualTo(JOINED);
        assertThat(saved.consent()).isEqualTo(new Consent(LocalDate.of(2023, 1, 9), "заявление"));
        assertThat(saved.admissionBasis()).isEqualTo("победитель конкурса");
        assertThat(saved.isActive()).isTrue();
        assertThat(publishedEvents())
                .containsExactly(
                        new MemberAdmitted(id, community.getId(), educator.getId(), Set.of(Role.MEMBER, Role.TUTOR)));
    }

    @Test
    void givenEmptyRoles_admit_refusesNamingRolesAndSavesNothing() {
        assertThatThrownBy(() -> admitMember().admit(admit(EducatorId.random(), Set.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(tuple("roles", "список не должен быть пустым"));
                    assertThat(e.messages(Locale.ENGLISH)).containsExactly("roles: must not be empty");
                });
        verifyNoInteractions(memberships, educators, communities, publisher);
    }

    @Test
    void givenCurrentMember_admitAgain_refusesAlreadyMemberAndSavesNothing() {
        Educator educator = known(educator(ExperienceLevel.EXPERIENCED));
        when(memberships.findActive(community.getId(), educator.getId()))
                .thenReturn(Optional.of(member(community, educator, JOINED, Role.MEMBER)));

        assertThatThrownBy(() -> admitMember().admit(admit(educator.getId(), Set.of(Role.MEMBER))))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("membership.alreadyMember");
                    assertThat(Messages.ruleMessage(e, Locale.ENGLISH))
                            .isEqualTo("The educator is already a member of this community.");
                });
        verify(memberships, never()).save(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenNoviceEducator_admitAsTutor_refusesNoviceTutor() {
        Educator novice = known(educator(ExperienceLevel.YOUNG));
        when(memberships.findActive(community.getId(), novice.getId())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> admitMember().admit(admit(novice.getId(), Set.of(Role.TUTOR))))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("membership.noviceTutor"));
        verify(memberships, never()).save(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenUnknownCommunity_admit_throwsNotFound() {
        AdmitMemberCommand command = new AdmitMemberCommand(
                CommunityId.random(), EducatorId.random(), Set.of(Role.MEMBER), JOINED, JOINED, null, null);

        assertThatThrownBy(() -> admitMember().admit(command))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.arguments()[0]).isEqualTo("community"));
        verify(memberships, never()).save(any());
    }

    @Test
    void givenUnknownEducator_admit_throwsNotFound() {
        EducatorId unknown = EducatorId.random();
        when(educators.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> admitMember().admit(admit(unknown, Set.of(Role.MEMBER))))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.arguments()).containsExactly("educator", unknown.toString()));
        verify(memberships, never()).save(any());
    }

    // ---- change roles ---------------------------------------------------------------------------------------------

    @Test
    void givenExperiencedMember_changeRoles_savesTheNewRoles() {
        Educator educator = known(educator(ExperienceLevel.EXPERIENCED));
        Membership membership = known(stored(member(community, educator, JOINED, Role.MEMBER), 3));

        changeMemberRoles()
                .changeRoles(new ChangeMemberRolesCommand(membership.getId(), Set.of(Role.TUTOR, Role.EXPERT), 3L));

        Membership saved = savedMemberships(1).get(0);
        assertThat(saved.roles()).containsExactlyInAnyOrder(Role.TUTOR, Role.EXPERT);
        assertThat(publishedEvents())
                .containsExactly(new MemberRolesChanged(membership.getId(), Set.of(Role.TUTOR, Role.EXPERT)));
    }

    @Test
    void givenStaleExpectedVersion_changeRoles_throwsConflictAndSavesNothing() {
        Educator educator = known(educator(ExperienceLevel.EXPERIENCED));
        Membership membership = known(stored(member(community, educator, JOINED, Role.MEMBER), 3));

        assertThatThrownBy(() -> changeMemberRoles()
                        .changeRoles(new ChangeMemberRolesCommand(membership.getId(), Set.of(Role.EXPERT), 2L)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.aggregate()).isEqualTo("membership");
                    assertThat(e.expectedVersion()).isEqualTo(2L);
                });
        verify(memberships, never()).save(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenNoviceMember_changeRolesToTutor_refusesNoviceTutor() {
        Educator novice = known(educator(ExperienceLevel.INEXPERIENCED));
        Membership membership = known(member(community, novice, JOINED, Role.MEMBER));

        assertThatThrownBy(() -> changeMemberRoles()
                        .changeRoles(new ChangeMemberRolesCommand(membership.getId(), Set.of(Role.TUTOR), null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("membership.noviceTutor"));
        verify(memberships, never()).save(any());
    }

    @Test
    void givenUnknownMembership_changeRoles_throwsNotFound() {
        MembershipId unknown = MembershipId.random();
        when(memberships.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> changeMemberRoles()
                        .changeRoles(new ChangeMemberRolesCommand(unknown, Set.of(Role.MEMBER), null)))
                .isInstanceOfSatisfying(
                        NotFound.class,
                        e -> assertThat(e.arguments()).containsExactly("membership", unknown.toString()));
    }

    // ---- leave ----------------------------------------------------------------------------------------------------

    @Test
    void givenNoDateAndClockPastMidnightInKrasnoyarsk_leave_recordsTheCommunitysToday() {
        Membership membership =
                known(member(community, known(educator(ExperienceLevel.EXPERIENCED)), JOINED, Role.MEMBER));
        when(memberships.findTuteesOf(membership.getId())).thenReturn(List.of());

        leaveCommunity().leave(new LeaveCommunityCommand(membership.getId(), null, null));

        assertThat(savedMemberships(1).get(0).leftOn()).isEqualTo(TODAY_IN_KRASNOYARSK);
    }

    @Test
    void givenNoDateAndTheSameClockInMoscow_leave_recordsTheDayBefore() {
        community = known(community(MOSCOW));
        Membership membership =
                known(member(community, known(educator(ExperienceLevel.EXPERIENCED)), JOINED, Role.MEMBER));
        when(memberships.findTuteesOf(membership.getId())).thenReturn(List.of());

        leaveCommunity().leave(new LeaveCommunityCommand(membership.getId(), null, null));

        assertThat(savedMemberships(1).get(0).leftOn()).isEqualTo(LocalDate.of(2023, 6, 13));
    }

    @Test
    void givenTutorWhoIsAlsoATutee_leave_endsTheirOwnLinksAndTheirTuteesLinksInOneUnitOfWork() {
        Educator experienced = known(educator(ExperienceLevel.EXPERIENCED));
        Membership seniorTutor =
                member(community, known(educator("Иванова", ExperienceLevel.EXPERIENCED)), JOINED, Role.TUTOR);
        Membership leaving = member(community, experienced, JOINED, Role.MEMBER, Role.TUTOR);
        leaving.assignTutor(
                seniorTutor, ExperienceLevel.EXPERIENCED, List.of(TutorFunction.CONSULTING), LocalDate.of(2023, 2, 1));
        leaving = known(stored(leaving, 5));
        Membership firstTutee = tuteeOf(leaving, "Петров");
        Membership secondTutee = tuteeOf(leaving, "Сидорова");
        when(memberships.findTuteesOf(leaving.getId())).thenReturn(List.of(firstTutee, secondTutee));
        doAnswer(inv -> {
                    uow.note("publish");
                    return null;
                })
                .when(publisher)
                .publish(any());
        LocalDate day = LocalDate.of(2023, 5, 31);

        leaveCommunity().leave(new LeaveCommunityCommand(leaving.getId(), day, 5L));

        List<Membership> saved = savedMemberships(3);
        assertThat(saved)
                .extracting(Membership::getId)
                .containsExactly(leaving.getId(), firstTutee.getId(), secondTutee.getId());
        Membership left = saved.get(0);
        assertThat(left.leftOn()).isEqualTo(day);
        assertThat(left.activeTutors()).isEmpty();
        assertThat(left.tutors())
                .containsExactly(new TutoringLink(
                        seniorTutor.getId(), List.of(TutorFunction.CONSULTING), LocalDate.of(2023, 2, 1), day));
        for (Membership tutee : saved.subList(1, 3)) {
            assertThat(tutee.isTutoredBy(leaving.getId())).isFalse();
            assertThat(tutee.tutors()).extracting(TutoringLink::until).containsExactly(day);
            assertThat(tutee.isActive()).isTrue();
        }
        assertThat(uow.journal()).containsExactly("begin", "commit", "publish");
        assertThat(publishedEvents())
                .containsExactly(
                        new TutoringEnded(leaving.getId(), seniorTutor.getId(), day),
                        new MemberLeft(leaving.getId(), community.getId(), day),
                        new TutoringEnded(firstTutee.getId(), leaving.getId(), day),
                        new TutoringEnded(secondTutee.getId(), leaving.getId(), day));
    }

    private Membership tuteeOf(Membership tutor, String surname) {
        Membership tutee = member(community, known(educator(surname, ExperienceLevel.YOUNG)), JOINED, Role.MEMBER);
        tutee.assignTutor(
                tutor, ExperienceLevel.EXPERIENCED, List.of(TutorFunction.SUPPORTING), LocalDate.of(2023, 3, 1));
        return stored(tutee);
    }

    @Test
    void givenCommitFails_leave_publishesNothing() {
        uow = RecordingUnitOfWork.failingOnCommit();
        Membership membership =
                known(member(community, known(educator(ExperienceLevel.EXPERIENCED)), JOINED, Role.MEMBER));
        when(memberships.findTuteesOf(membership.getId())).thenReturn(List.of());

        assertThatThrownBy(() -> leaveCommunity().leave(new LeaveCommunityCommand(membership.getId(), null, null)))
                .isInstanceOf(StorageUnavailableException.class);

        assertThat(uow.rollbacks()).isEqualTo(1);
        verifyNoInteractions(publisher);
    }

    @Test
    void givenStaleExpectedVersion_leave_throwsConflictAndSavesNothing() {
        Membership membership =
                known(stored(member(community, known(educator(ExperienceLevel.EXPERIENCED)), JOINED, Role.MEMBER), 2));

        assertThatThrownBy(() -> leaveCommunity().leave(new LeaveCommunityCommand(membership.getId(), null, 1L)))
                .isInstanceOf(ConflictException.class);
        verify(memberships, never()).save(any());
        verify(memberships, never()).findTuteesOf(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenDayBeforeJoining_leave_propagatesTheDomainRefusal() {
        Membership membership =
                known(member(community, known(educator(ExperienceLevel.EXPERIENCED)), JOINED, Role.MEMBER));

        assertThatThrownBy(() -> leaveCommunity()
                        .leave(new LeaveCommunityCommand(membership.getId(), JOINED.minusDays(1), null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("membership.leavesBeforeJoining"));
        verify(memberships, never()).save(any());
        verifyNoInteractions(publisher);
    }

    // ---- tutoring -------------------------------------------------------------------------------------------------

    @Test
    void givenExperiencedTutorAndNoviceTutee_link_savesTheTuteeWithTheLinkFromTheCommunitysToday() {
        Membership tutor =
                known(member(community, known(educator("Иванова", ExperienceLevel.EXPERIENCED)), JOINED, Role.TUTOR));
        Membership tutee =
                known(member(community, known(educator("Петров", ExperienceLevel.YOUNG)), JOINED, Role.MEMBER));

        linkTutor().link(new LinkTutorCommand(tutee.getId(), tutor.getId(), Set.of(TutorFunction.DIAGNOSTIC), null));

        Membership saved = savedMemberships(1).get(0);
        assertThat(saved.getId()).isEqualTo(tutee.getId());
        assertThat(saved.roles()).contains(Role.TUTEE);
        assertThat(saved.activeTutors())
                .containsExactly(
                        new TutoringLink(tutor.getId(), List.of(TutorFunction.DIAGNOSTIC), TODAY_IN_KRASNOYARSK, null));
        assertThat(publishedEvents())
                .containsExactly(new TutorAssigned(tutee.getId(), tutor.getId(), TODAY_IN_KRASNOYARSK));
    }

    @Test
    void givenTutorWhoseEducatorIsNowANovice_link_refusesNoviceTutorEvenForAnExperiencedTutee() {
        Educator tutorEducator = educator("Иванова", ExperienceLevel.EXPERIENCED);
        Membership tutor = known(member(community, tutorEducator, JOINED, Role.TUTOR));
        tutorEducator.changeExperience(ExperienceLevel.YOUNG);
        known(tutorEducator);
        Membership tutee =
                known(member(community, known(educator("Петров", ExperienceLevel.EXPERIENCED)), JOINED, Role.MEMBER));

        assertThatThrownBy(() -> linkTutor().link(new LinkTutorCommand(tutee.getId(), tutor.getId(), null, null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("membership.noviceTutor"));
        verify(memberships, never()).save(any());
        verifyNoInteractions(publisher);
    }

    @Test
    void givenTutorOfAnotherCommunity_link_refusesAndSavesNothing() {
        Community other = known(community(MOSCOW));
        Membership tutor =
                known(member(other, known(educator("Иванова", ExperienceLevel.EXPERIENCED)), JOINED, Role.TUTOR));
        Membership tutee =
                known(member(community, known(educator("Петров", ExperienceLevel.YOUNG)), JOINED, Role.MEMBER));

        assertThatThrownBy(() -> linkTutor().link(new LinkTutorCommand(tutee.getId(), tutor.getId(), null, JOINED)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("tutoring.otherCommunity"));
        verify(memberships, never()).save(any());
    }

    @Test
    void givenActiveLink_end_endsItOnTheGivenDay() {
        Membership tutor = member(community, educator(ExperienceLevel.EXPERIENCED), JOINED, Role.TUTOR);
        Membership tutee = member(community, educator("Петров", ExperienceLevel.YOUNG), JOINED, Role.MEMBER);
        tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, List.of(), JOINED);
        Membership storedTutee = known(stored(tutee));

        endTutoring().end(new EndTutoringCommand(storedTutee.getId(), tutor.getId(), LocalDate.of(2023, 5, 25)));

        Membership saved = savedMemberships(1).get(0);
        assertThat(saved.isTutoredBy(tutor.getId())).isFalse();
        assertThat(saved.tutors()).extracting(TutoringLink::until).containsExactly(LocalDate.of(2023, 5, 25));
        assertThat(publishedEvents())
                .containsExactly(new TutoringEnded(storedTutee.getId(), tutor.getId(), LocalDate.of(2023, 5, 25)));
    }

    @Test
    void givenNoSuchLink_end_propagatesTheDomainRefusal() {
        Membership tutee = known(member(community, educator(ExperienceLevel.YOUNG), JOINED, Role.MEMBER));

        assertThatThrownBy(() -> endTutoring().end(new EndTutoringCommand(tutee.getId(), MembershipId.random(), null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("tutoring.noSuchLink"));
        verify(memberships, never()).save(any());
    }

    // ---- register -------------------------------------------------------------------------------------------------

    @Test
    void givenFilters_register_delegatesPagingAndFilteringToTheRepositoryAndMapsTheEntries() {
        OrganizationId school = OrganizationId.random();
        MemberRegisterEntry entry = new MemberRegisterEntry(
                MembershipId.random(),
                4,
                EducatorId.random(),
                new PersonName("Филатова", "Елена", "Николаевна"),
                ExperienceLevel.EXPERIENCED,
                school,
                "МБОУ СШ № 1",
                Set.of(Role.TUTOR, Role.MEMBER),
                JOINED,
                null);
        when(memberships.findRegister(any(), anyInt(), anyInt()))
                .thenReturn(new ResultPage<>(List.of(entry), 2, 20, 41));

        Page<MemberRegisterItem> page = memberRegister()
                .register(new MemberRegisterQuery(community.getId(), Role.TUTOR, school, "  Фил ", true, 2, 20));

        ArgumentCaptor<MemberRegisterCriteria> criteria = ArgumentCaptor.forClass(MemberRegisterCriteria.class);
        verify(memberships).findRegister(criteria.capture(), eq(2), eq(20));
        assertThat(criteria.getValue())
                .isEqualTo(new MemberRegisterCriteria(community.getId(), Role.TUTOR, school, "Фил", true));
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.size()).isEqualTo(20);
        assertThat(page.total()).isEqualTo(41);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.items())
                .containsExactly(new MemberRegisterItem(
                        entry.membershipId(),
                        4,
                        entry.educatorId(),
                        "Филатова Елена Николаевна",
                        "Филатова",
                        "Елена",
                        "Николаевна",
                        ExperienceLevel.EXPERIENCED,
                        school,
                        "МБОУ СШ № 1",
                        List.of(Role.MEMBER, Role.TUTOR),
                        JOINED,
                        null));
    }

    @Test
    void givenNegativePageAndZeroSize_register_refusesWithoutReading() {
        assertThatThrownBy(() -> memberRegister()
                        .register(new MemberRegisterQuery(community.getId(), null, null, null, false, -1, 0)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(
                                    tuple("page", "значение должно быть не меньше 0"),
                                    tuple("size", "значение должно быть не меньше 1"));
                    assertThat(e.messages(Locale.ENGLISH))
                            .containsExactly("page: must be at least 0", "size: must be at least 1");
                });
        verifyNoInteractions(memberships);
    }

    private static MemberRegisterEntry registered(String surname, LocalDate joined, LocalDate left) {
        return new MemberRegisterEntry(
                MembershipId.random(),
                1,
                EducatorId.random(),
                new PersonName(surname, "Елена", "Николаевна"),
                ExperienceLevel.EXPERIENCED,
                null,
                null,
                Set.of(Role.MEMBER),
                joined,
                left);
    }

    @Test
    void givenMembersJoiningAndLeavingAroundADay_membersOn_listsByNameOnlyThoseWhoWereMembersThatDay() {
        LocalDate day = LocalDate.of(2025, 10, 13);
        List<MemberRegisterEntry> everyone = List.of(
                registered("Андреева", day.minusYears(1), null),
                registered("Борисова", day, null),
                registered("Волкова", day.plusDays(1), null),
                registered("Глебова", day.minusYears(1), day.minusDays(1)),
                registered("Дёмина", day.minusYears(1), day));
        List<MemberRegisterEntry> firstPage = new ArrayList<>(Collections.nCopies(498, everyone.get(2)));
        firstPage.addAll(everyone.subList(0, 2));
        when(memberships.findRegister(any(), eq(0), eq(500))).thenReturn(new ResultPage<>(firstPage, 0, 500, 503));
        when(memberships.findRegister(any(), eq(1), eq(500)))
                .thenReturn(new ResultPage<>(everyone.subList(2, 5), 1, 500, 503));

        List<MemberRegisterItem> members = memberRegister().membersOn(community.getId(), day);

        assertThat(members).extracting(MemberRegisterItem::surname).containsExactly("Андреева", "Борисова", "Дёмина");
        ArgumentCaptor<MemberRegisterCriteria> criteria = ArgumentCaptor.forClass(MemberRegisterCriteria.class);
        verify(memberships, times(2)).findRegister(criteria.capture(), anyInt(), eq(500));
        assertThat(criteria.getValue())
                .isEqualTo(new MemberRegisterCriteria(community.getId(), null, null, null, true));
    }

    @Test
    void givenUnknownCommunity_register_throwsNotFound() {
        CommunityId unknown = CommunityId.random();
        when(communities.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() ->
                        memberRegister().register(new MemberRegisterQuery(unknown, null, null, null, false, 0, 20)))
                .isInstanceOf(NotFound.class);
        verify(memberships, never()).findRegister(any(), anyInt(), anyInt());
    }

    @Test
    void givenStoredMembership_membership_mapsItsView() {
        Membership tutor = member(community, educator(ExperienceLevel.EXPERIENCED), JOINED, Role.TUTOR);
        Membership tutee = member(community, educator(ExperienceLevel.YOUNG), JOINED, Role.MEMBER);
        tutee.assignTutor(tutor, ExperienceLevel.EXPERIENCED, List.of(TutorFunction.MODELLING), JOINED);
        Membership stored = known(stored(tutee, 6));

        MembershipView view = getMembership().membership(stored.getId());

        assertThat(view.version()).isEqualTo(6);
        assertThat(view.roles()).containsExactly(Role.MEMBER, Role.TUTEE);
        assertThat(view.consentBasis()).isEqualTo("заявление");
        assertThat(view.tutors())
                .containsExactly(new MembershipView.TutorLinkView(
                        tutor.getId(), List.of(TutorFunction.MODELLING), JOINED, null));
    }
}
