package org.stepahead.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
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
import static org.stepahead.application.service.AggregateTestData.draftProgram;
import static org.stepahead.application.service.AggregateTestData.educator;
import static org.stepahead.application.service.AggregateTestData.member;
import static org.stepahead.application.service.AggregateTestData.standaloneEvent;
import static org.stepahead.application.service.AggregateTestData.stored;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Messages;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.event.CommunityEventsQuery;
import org.stepahead.application.port.in.event.EventView;
import org.stepahead.application.port.in.event.RecordAttendanceCommand;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.GuestInput;
import org.stepahead.application.port.in.event.RecordAttendanceCommand.MemberPresence;
import org.stepahead.application.port.in.event.RecordMinutesCommand;
import org.stepahead.application.port.in.event.RecordMinutesCommand.AgendaItemInput;
import org.stepahead.application.port.in.event.ScheduleEventCommand;
import org.stepahead.application.port.out.CommunityRepository;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.EducatorRepository;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.MembershipRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.event.AgendaItem;
import org.stepahead.domain.event.AttendanceEntry;
import org.stepahead.domain.event.AttendanceRecorded;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.EventScheduled;
import org.stepahead.domain.event.EventStatus;
import org.stepahead.domain.event.Minutes;
import org.stepahead.domain.event.MinutesRecorded;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Period;

class EventServiceTest {

    private static final LocalDate JOINED = LocalDate.of(2023, 1, 10);
    private static final LocalDate MEETING_DAY = LocalDate.of(2023, 6, 10);

    private final EventRepository events = mock(EventRepository.class);
    private final ProgramRepository programs = mock(ProgramRepository.class);
    private final CommunityRepository communities = mock(CommunityRepository.class);
    private final MembershipRepository memberships = mock(MembershipRepository.class);
    private final EducatorRepository educators = mock(EducatorRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);
    private final RecordingUnitOfWork uow = RecordingUnitOfWork.committing();
    private final UseCaseRunner runner = new UseCaseRunner(uow, publisher);
    private final ScheduleEventService scheduleEvent = new ScheduleEventService(runner, events, programs, communities);
    private final RecordAttendanceService recordAttendance = new RecordAttendanceService(
            runner, events, communities, memberships, educators, clockAt(EVENING_OF_13_JUNE_UTC));
    private final RecordMinutesService recordMinutes =
            new RecordMinutesService(runner, events, communities, clockAt(EVENING_OF_13_JUNE_UTC));
    private final GetCommunityEventsService communityEvents =
            new GetCommunityEventsService(runner, events, programs, communities);
    private final GetEventService getEvent = new GetEventService(runner, events, programs, communities);

    private final Community community = known(community(KRASNOYARSK));

    private Community known(Community c) {
        when(communities.findById(c.getId())).thenReturn(Optional.of(c));
        return c;
    }

    private Event known(Event e) {
        when(events.findById(e.getId())).thenReturn(Optional.of(e));
        return e;
    }

    private Event saved() {
        ArgumentCaptor<Event> saved = ArgumentCaptor.forClass(Event.class);
        verify(events).save(saved.capture());
        return saved.getValue();
    }

    private void assertNothingSavedOrPublished() {
        verify(events, never()).save(any());
        verifyNoInteractions(publisher);
    }

    private static ScheduleEventCommand schedule(
            CommunityId communityId, ProgramId programId, ActivityId activityId, String title, LocalDate date) {
        return new ScheduleEventCommand(
                communityId,
                programId,
                activityId,
                title,
                null,
                date,
                LocalTime.of(15, 0),
                LocalTime.of(17, 0),
                "каб. 12",
                List.of("Филатова Е.Н."));
    }

    // ---- schedule -------------------------------------------------------------------------------------------------

    @Test
    void givenStandaloneCommand_schedule_savesTheScheduledEventAndReturnsItsId() {
        EventId id = scheduleEvent.schedule(schedule(community.getId(), null, null, "Заседание клуба", MEETING_DAY));

        Event event = saved();
        assertThat(event.getId()).isEqualTo(id);
        assertThat(event.communityId()).isEqualTo(community.getId());
        assertThat(event.programId()).isNull();
        assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(event.details())
                .isEqualTo(new Event.Details(
                        "Заседание клуба",
                        null,
                        MEETING_DAY,
                        LocalTime.of(15, 0),
                        LocalTime.of(17, 0),
                        "каб. 12",
                        List.of("Филатова Е.Н.")));
        verify(publisher).publish(List.of(new EventScheduled(id, community.getId(), MEETING_DAY)));
    }

    @Test
    void givenStandaloneWithoutTitle_schedule_refusesNamingTitle() {
        assertThatThrownBy(() -> scheduleEvent.schedule(schedule(community.getId(), null, null, " ", MEETING_DAY)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(tuple("title", "обязательное поле не заполнено"));
                    assertThat(e.messages(Locale.ENGLISH)).containsExactly("title: a value is required");
                });
        assertNothingSavedOrPublished();
    }

    @Test
    void givenProgramWithoutActivity_schedule_refusesNamingActivityId() {
        assertThatThrownBy(() -> scheduleEvent.schedule(
                        schedule(community.getId(), ProgramId.random(), null, "Семинар", MEETING_DAY)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("activityId"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenNoDateAndBlankFacilitator_schedule_refusesNamingBoth() {
        assertThatThrownBy(() -> scheduleEvent.schedule(new ScheduleEventCommand(
                        community.getId(), null, null, "Семинар", null, null, null, null, null, List.of(""))))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::message)
                                .containsExactly(
                                        tuple("date", "обязательное поле не заполнено"),
                                        tuple("facilitators[0].<list element>", "поле не должно быть пустым")));
        verifyNoInteractions(communities, events, publisher);
    }

    private final StageId autumn = StageId.random();
    private final ActivityId seminar = ActivityId.random();

    private Program programWithAutumnSeminar(CommunityId communityId) {
        Program program = draftProgram(communityId);
        program.addStage(
                autumn,
                "Осенний",
                StageKind.ORGANIZATIONAL,
                Period.ofMonths(YearMonth.of(2023, 9), YearMonth.of(2023, 12)),
                null);
        program.planActivity(
                seminar,
                new Activity.Details(
                        "1.1",
                        "Установочный семинар",
                        null,
                        null,
                        autumn,
                        List.of(Form.SEMINAR, Form.MEETING),
                        null,
                        List.of(),
                        List.of()));
        Program stored = stored(program);
        when(programs.findById(stored.getId())).thenReturn(Optional.of(stored));
        return stored;
    }

    @Test
    void givenActivityOfTheProgram_scheduleWithoutTitleOrForm_takesThemFromTheActivity() {
        Program program = programWithAutumnSeminar(community.getId());

        scheduleEvent.schedule(schedule(community.getId(), program.getId(), seminar, null, LocalDate.of(2023, 9, 20)));

        Event event = saved();
        assertThat(event.programId()).isEqualTo(program.getId());
        assertThat(event.activityId()).isEqualTo(seminar);
        assertThat(event.details().title()).isEqualTo("Установочный семинар");
        assertThat(event.details().form()).isEqualTo(Form.SEMINAR);
    }

    @Test
    void givenDayOutsideTheActivitysStage_schedule_propagatesTheDomainRefusal() {
        Program program = programWithAutumnSeminar(community.getId());

        assertThatThrownBy(() -> scheduleEvent.schedule(
                        schedule(community.getId(), program.getId(), seminar, null, LocalDate.of(2024, 2, 1))))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("event.outsideStage"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenProgramOfAnotherCommunity_schedule_throwsNotFound() {
        Program foreign = programWithAutumnSeminar(CommunityId.random());

        assertThatThrownBy(() -> scheduleEvent.schedule(
                        schedule(community.getId(), foreign.getId(), seminar, null, LocalDate.of(2023, 9, 20))))
                .isInstanceOfSatisfying(
                        NotFound.class,
                        e -> assertThat(e.arguments())
                                .containsExactly("program", foreign.getId().toString()));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenUnknownCommunity_schedule_throwsNotFound() {
        CommunityId unknown = CommunityId.random();
        when(communities.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> scheduleEvent.schedule(schedule(unknown, null, null, "Заседание", MEETING_DAY)))
                .isInstanceOf(NotFound.class);
        assertNothingSavedOrPublished();
    }

    // ---- attendance -----------------------------------------------------------------------------------------------

    /** The educators the attendance tests' members are, found by id. */
    private final List<Educator> people = new ArrayList<>();

    {
        when(educators.findAllById(any()))
                .thenAnswer(call -> people.stream()
                        .filter(e -> call.<Collection<?>>getArgument(0).contains(e.getId()))
                        .toList());
    }

    private Membership memberSince(LocalDate joined) {
        return memberSince(joined, educator(ExperienceLevel.EXPERIENCED));
    }

    private Membership memberSince(LocalDate joined, Educator person) {
        people.add(person);
        return stored(member(community, person, joined, Role.MEMBER));
    }

    private Membership formerMember(LocalDate left, Educator person) {
        people.add(person);
        Membership m = member(community, person, JOINED, Role.MEMBER);
        m.leave(left);
        return stored(m);
    }

    private Membership formerMember(LocalDate left) {
        return formerMember(left, educator(ExperienceLevel.EXPERIENCED));
    }

    @Test
    void givenMembersOnTheEventsDay_recordAttendance_savesMembersAndGuests() {
        Event meeting = known(standaloneEvent(community.getId(), MEETING_DAY));
        Membership present = memberSince(JOINED);
        Membership leftThatDay = formerMember(MEETING_DAY);
        when(memberships.findByCommunity(community.getId())).thenReturn(List.of(present, leftThatDay));

        recordAttendance.recordAttendance(new RecordAttendanceCommand(
                meeting.getId(),
                List.of(new MemberPresence(present.getId(), true), new MemberPresence(leftThatDay.getId(), false)),
                List.of(new GuestInput("Иванов И.И.", "Управление образования")),
                1L));

        Event event = saved();
        assertThat(event.attendance())
                .containsExactly(
                        AttendanceEntry.member(present.getId(), true),
                        AttendanceEntry.member(leftThatDay.getId(), false),
                        AttendanceEntry.guest("Иванов И.И.", "Управление образования"));
        verify(publisher).publish(List.of(new AttendanceRecorded(meeting.getId(), 1, 1, 1)));
    }

    @Test
    void givenSomeoneWhoJoinedAfterTheEvent_recordAttendanceAsMember_refusesNamingThemAndTheEventsDay() {
        Event meeting = known(standaloneEvent(community.getId(), MEETING_DAY));
        Membership newcomer = memberSince(MEETING_DAY.plusDays(1), educator("Новикова", ExperienceLevel.YOUNG));
        Membership former = formerMember(MEETING_DAY.minusDays(1), educator("Старова", ExperienceLevel.EXPERIENCED));
        when(memberships.findByCommunity(community.getId())).thenReturn(List.of(newcomer, former));

        for (String outsider : List.of("Новикова", "Старова")) {
            MembershipId id = outsider.equals("Новикова") ? newcomer.getId() : former.getId();
            assertThatThrownBy(() -> recordAttendance.recordAttendance(new RecordAttendanceCommand(
                            meeting.getId(), List.of(new MemberPresence(id, true)), null, null)))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                        assertThat(e.code()).isEqualTo("attendance.notAMember");
                        assertThat(e.arguments()).containsExactly(outsider + " Елена Николаевна", MEETING_DAY);
                        assertThat(Messages.ruleMessage(e, Messages.RUSSIAN))
                                .isEqualTo(outsider + " Елена Николаевна — не участник сообщества на день"
                                        + " мероприятия (10.06.2023): отметьте как гостя.");
                    });
        }
        assertNothingSavedOrPublished();
    }

    @Test
    void givenSomeoneWhoJoinedAfterTheEventLeftAbsent_recordAttendance_leavesThemOutInsteadOfRefusing() {
        Event meeting = known(standaloneEvent(community.getId(), MEETING_DAY));
        Membership present = memberSince(JOINED);
        Membership newcomer = memberSince(MEETING_DAY.plusDays(1));
        when(memberships.findByCommunity(community.getId())).thenReturn(List.of(present, newcomer));

        recordAttendance.recordAttendance(new RecordAttendanceCommand(
                meeting.getId(),
                List.of(new MemberPresence(present.getId(), true), new MemberPresence(newcomer.getId(), false)),
                null,
                1L));

        assertThat(saved().attendance()).containsExactly(AttendanceEntry.member(present.getId(), true));
    }

    @Test
    void givenAMemberListedTwice_recordAttendance_refusesNamingThem() {
        Event meeting = known(standaloneEvent(community.getId(), MEETING_DAY));
        Membership twice = memberSince(JOINED, educator("Дважды", ExperienceLevel.EXPERIENCED));
        when(memberships.findByCommunity(community.getId())).thenReturn(List.of(twice));

        assertThatThrownBy(() -> recordAttendance.recordAttendance(new RecordAttendanceCommand(
                        meeting.getId(),
                        List.of(new MemberPresence(twice.getId(), true), new MemberPresence(twice.getId(), false)),
                        null,
                        null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        e -> assertThat(Messages.ruleMessage(e, Messages.RUSSIAN))
                                .isEqualTo("Участник Дважды Елена Николаевна указан в списке дважды."));
    }

    @Test
    void givenAMembershipUnknownToTheCommunity_recordAttendanceAsMember_refusesWithoutShowingItsId() {
        Event meeting = known(standaloneEvent(community.getId(), MEETING_DAY));
        MembershipId stranger = MembershipId.random();
        when(memberships.findByCommunity(community.getId())).thenReturn(List.of(memberSince(JOINED)));
        when(memberships.findAllById(List.of(stranger))).thenReturn(List.of());

        assertThatThrownBy(() -> recordAttendance.recordAttendance(new RecordAttendanceCommand(
                        meeting.getId(), List.of(new MemberPresence(stranger, true)), null, null)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("attendance.unknownMember");
                    assertThat(Messages.ruleMessage(e, Messages.RUSSIAN)).doesNotContain(stranger.toString());
                });
        assertNothingSavedOrPublished();
    }

    @Test
    void givenNonMemberListedAsGuest_recordAttendance_acceptsThem() {
        Event meeting = known(standaloneEvent(community.getId(), MEETING_DAY));
        when(memberships.findByCommunity(community.getId())).thenReturn(List.of(memberSince(MEETING_DAY.plusDays(1))));

        recordAttendance.recordAttendance(
                new RecordAttendanceCommand(meeting.getId(), null, List.of(new GuestInput("Петров П.П.", null)), null));

        assertThat(saved().guests()).isEqualTo(1);
    }

    @Test
    void givenEventOnTheCommunitysTodayInKrasnoyarsk_recordAttendance_acceptsIt() {
        Event today = known(standaloneEvent(community.getId(), LocalDate.of(2023, 6, 14)));

        recordAttendance.recordAttendance(
                new RecordAttendanceCommand(today.getId(), null, List.of(new GuestInput("Петров П.П.", null)), null));

        assertThat(saved().attendance()).hasSize(1);
    }

    @Test
    void givenEventTomorrowInMoscow_recordAttendance_refusesNotYetTakenPlace() {
        Community moscow = known(community(MOSCOW));
        Event tomorrow = known(standaloneEvent(moscow.getId(), LocalDate.of(2023, 6, 14)));

        assertThatThrownBy(() -> recordAttendance.recordAttendance(new RecordAttendanceCommand(
                        tomorrow.getId(), null, List.of(new GuestInput("Петров П.П.", null)), null)))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("event.notYetTakenPlace"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenNoMembersAndNoGuests_recordAttendance_refusesNamingMembers() {
        Event meeting = known(standaloneEvent(community.getId(), MEETING_DAY));

        assertThatThrownBy(() -> recordAttendance.recordAttendance(
                        new RecordAttendanceCommand(meeting.getId(), List.of(), null, null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(tuple("members", "список не должен быть пустым"));
                    assertThat(e.messages(Locale.ENGLISH)).containsExactly("members: must not be empty");
                });
        assertNothingSavedOrPublished();
    }

    @Test
    void givenBlankGuestName_recordAttendance_refusesNamingTheNestedField() {
        assertThatThrownBy(() -> recordAttendance.recordAttendance(
                        new RecordAttendanceCommand(EventId.random(), null, List.of(new GuestInput("", null)), null)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("guests[0].name"));
        verifyNoInteractions(events, publisher);
    }

    @Test
    void givenStaleExpectedVersion_recordAttendance_throwsConflictAndSavesNothing() {
        Event meeting = known(stored(standaloneEvent(community.getId(), MEETING_DAY), 4));

        assertThatThrownBy(() -> recordAttendance.recordAttendance(
                        new RecordAttendanceCommand(meeting.getId(), null, List.of(new GuestInput("Гость", null)), 3L)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.aggregate()).isEqualTo("event"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenUnknownEvent_recordAttendance_throwsNotFound() {
        EventId unknown = EventId.random();
        when(events.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> recordAttendance.recordAttendance(
                        new RecordAttendanceCommand(unknown, null, List.of(new GuestInput("Гость", null)), null)))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.arguments()).containsExactly("event", unknown.toString()));
    }

    // ---- minutes --------------------------------------------------------------------------------------------------

    private static RecordMinutesCommand minutes(EventId id, LocalDate date, List<AgendaItemInput> agenda) {
        return new RecordMinutesCommand(id, "3", date, "Филатова Е.Н.", "Петрова А.А.", agenda, null);
    }

    @Test
    void givenEventThatTookPlace_recordMinutes_savesThem() {
        Event meeting = known(standaloneEvent(community.getId(), MEETING_DAY));

        recordMinutes.recordMinutes(minutes(
                meeting.getId(),
                MEETING_DAY,
                List.of(new AgendaItemInput(
                        "О плане работы", "Филатову Е.Н.", List.of("Иванов И.И."), List.of("Утвердить")))));

        assertThat(saved().minutes())
                .isEqualTo(new Minutes(
                        "3",
                        MEETING_DAY,
                        "Филатова Е.Н.",
                        "Петрова А.А.",
                        List.of(new AgendaItem(
                                "О плане работы", "Филатову Е.Н.", List.of("Иванов И.И."), List.of("Утвердить")))));
        verify(publisher).publish(List.of(new MinutesRecorded(meeting.getId(), "3")));
    }

    @Test
    void givenBlankAgendaTopic_recordMinutes_refusesNamingTheAgendaItemsTopic() {
        assertThatThrownBy(() -> recordMinutes.recordMinutes(
                        minutes(EventId.random(), MEETING_DAY, List.of(new AgendaItemInput(" ", null, null, null)))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::message)
                            .containsExactly(tuple("agenda[0].topic", "поле не должно быть пустым"));
                    assertThat(e.messages(Locale.ENGLISH)).containsExactly("agenda[0].topic: must not be blank");
                });
        verifyNoInteractions(events, publisher);
    }

    @Test
    void givenEmptyAgenda_recordMinutes_refusesNamingAgenda() {
        assertThatThrownBy(() -> recordMinutes.recordMinutes(minutes(EventId.random(), MEETING_DAY, List.of())))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::message)
                                .containsExactly(tuple("agenda", "список не должен быть пустым")));
    }

    @Test
    void givenMinutesDatedBeforeTheEvent_recordMinutes_propagatesTheDomainRefusal() {
        Event meeting = known(standaloneEvent(community.getId(), MEETING_DAY));

        assertThatThrownBy(() -> recordMinutes.recordMinutes(minutes(
                        meeting.getId(),
                        MEETING_DAY.minusDays(1),
                        List.of(new AgendaItemInput("Тема", null, null, null)))))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("minutes.beforeEvent"));
        assertNothingSavedOrPublished();
    }

    // ---- queries --------------------------------------------------------------------------------------------------

    @Test
    void givenEventsInRange_events_mapsThemWithTheCommunitysTimeZone() {
        Event meeting = standaloneEvent(community.getId(), MEETING_DAY);
        when(events.findByCommunityBetween(community.getId(), LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30)))
                .thenReturn(List.of(meeting));

        List<EventView> views = communityEvents.events(
                new CommunityEventsQuery(community.getId(), LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30)));

        assertThat(views)
                .extracting(EventView::id, EventView::title, EventView::date, EventView::timeZone, EventView::minutes)
                .containsExactly(tuple(meeting.getId(), "Заседание клуба", MEETING_DAY, "Asia/Krasnoyarsk", null));
    }

    @Test
    void givenRangeEndingBeforeItStarts_events_refusesWithoutReading() {
        assertThatThrownBy(() -> communityEvents.events(new CommunityEventsQuery(
                        community.getId(), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 1))))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo("period.endBeforeStart"));
        verifyNoInteractions(events);
    }

    @Test
    void givenEventWithAttendanceAndMinutes_event_countsPresentAndAbsentInTheMinutes() {
        Event meeting = standaloneEvent(community.getId(), MEETING_DAY);
        MembershipId present = MembershipId.random();
        MembershipId absent = MembershipId.random();
        meeting.recordAttendance(
                List.of(
                        AttendanceEntry.member(present, true),
                        AttendanceEntry.member(absent, false),
                        AttendanceEntry.guest("Гость", null)),
                java.util.Set.of(present, absent),
                MEETING_DAY);
        meeting.recordMinutes(
                new Minutes("1", MEETING_DAY, null, null, List.of(new AgendaItem("Тема", null, null, null))),
                MEETING_DAY);
        Event stored = known(stored(meeting));

        EventView view = getEvent.event(stored.getId());

        assertThat(view.presentMembers()).isEqualTo(1);
        assertThat(view.absentMembers()).isEqualTo(1);
        assertThat(view.guests()).isEqualTo(1);
        assertThat(view.attendance()).hasSize(3);
        assertThat(view.minutes().present()).isEqualTo(2);
        assertThat(view.minutes().absent()).isEqualTo(1);
        assertThat(view.minutes().agenda())
                .extracting(EventView.AgendaView::topic)
                .containsExactly("Тема");
    }

    @Test
    void givenAnEventGeneratedForAnOccurrence_event_showsTheOccurrenceDay() {
        Program program = programWithAutumnSeminar(community.getId());
        LocalDate day = LocalDate.of(2023, 9, 18);
        Event generated = known(stored(Event.fromOccurrence(
                EventId.random(),
                community.getId(),
                program.getId(),
                seminar,
                program.periodOf(seminar),
                day,
                new Event.Details("Установочный семинар", Form.SEMINAR, day, null, null, null, List.of()))));
        Event byHand = known(standaloneEvent(community.getId(), MEETING_DAY));

        assertThat(getEvent.event(generated.getId()).occurrence()).isEqualTo(day);
        assertThat(getEvent.event(byHand.getId()).occurrence()).isNull();
    }

    private Event meetingWithTwoDecisions() {
        Event meeting = standaloneEvent(community.getId(), MEETING_DAY);
        meeting.recordMinutes(
                new Minutes(
                        "1",
                        MEETING_DAY,
                        null,
                        null,
                        List.of(new AgendaItem("Тема", null, null, List.of("Провести семинар", "Подготовить буклет")))),
                MEETING_DAY);
        return meeting;
    }

    @Test
    void givenMinutesWithoutPlannedDecisions_event_showsEveryDecisionUnplannedAndTheMinutesRewritable() {
        Event stored = known(stored(meetingWithTwoDecisions()));

        EventView.MinutesView minutes = getEvent.event(stored.getId()).minutes();

        assertThat(minutes.rewritable()).isTrue();
        assertThat(minutes.agenda().get(0).decisions())
                .containsExactly(
                        new EventView.DecisionView(1, "Провести семинар", false, null, null, null),
                        new EventView.DecisionView(2, "Подготовить буклет", false, null, null, null));
        verifyNoInteractions(programs);
    }

    @Test
    void givenAPlannedDecision_event_showsItsProgramActivityAndTitleAndTheMinutesNoLongerRewritable() {
        Program program = programWithAutumnSeminar(community.getId());
        Event meeting = meetingWithTwoDecisions();
        meeting.planDecision(1, 2, program.getId(), seminar);
        Event stored = known(stored(meeting));

        EventView.MinutesView minutes = getEvent.event(stored.getId()).minutes();

        assertThat(minutes.rewritable()).isFalse();
        assertThat(minutes.agenda().get(0).decided()).containsExactly("Провести семинар", "Подготовить буклет");
        assertThat(minutes.agenda().get(0).decisions())
                .containsExactly(
                        new EventView.DecisionView(1, "Провести семинар", false, null, null, null),
                        new EventView.DecisionView(
                                2, "Подготовить буклет", true, program.getId(), seminar, "Установочный семинар"));
    }

    @Test
    void givenADecisionPlannedIntoAProgramNoLongerFound_event_showsTheIdsWithoutATitle() {
        ProgramId gone = ProgramId.random();
        ActivityId activity = ActivityId.random();
        Event meeting = meetingWithTwoDecisions();
        meeting.planDecision(1, 1, gone, activity);
        Event stored = known(stored(meeting));

        EventView.DecisionView decision = getEvent.event(stored.getId())
                .minutes()
                .agenda()
                .get(0)
                .decisions()
                .get(0);

        assertThat(decision).isEqualTo(new EventView.DecisionView(1, "Провести семинар", true, gone, activity, null));
    }

    @Test
    void givenEventsWithDecisionsPlannedIntoOneProgram_events_readsThatProgramOnce() {
        Program program = programWithAutumnSeminar(community.getId());
        Event first = meetingWithTwoDecisions();
        first.planDecision(1, 1, program.getId(), seminar);
        Event second = meetingWithTwoDecisions();
        second.planDecision(1, 1, program.getId(), seminar);
        second.planDecision(1, 2, program.getId(), seminar);
        when(events.findByCommunityBetween(community.getId(), LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30)))
                .thenReturn(List.of(first, second));

        List<EventView> views = communityEvents.events(
                new CommunityEventsQuery(community.getId(), LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30)));

        assertThat(views)
                .flatExtracting(v -> v.minutes().agenda().get(0).decisions())
                .extracting(EventView.DecisionView::activityTitle)
                .containsExactly("Установочный семинар", null, "Установочный семинар", "Установочный семинар");
        verify(programs, times(1)).findById(program.getId());
    }
}
