package org.stepahead.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.stepahead.application.service.AggregateTestData.draftProgram;
import static org.stepahead.application.service.AggregateTestData.standaloneEvent;
import static org.stepahead.application.service.AggregateTestData.stored;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.stepahead.application.port.in.ConflictException;
import org.stepahead.application.port.in.InvalidCommandException;
import org.stepahead.application.port.in.Violation;
import org.stepahead.application.port.in.event.CancelEventCommand;
import org.stepahead.application.port.in.event.RescheduleEventCommand;
import org.stepahead.application.port.out.DomainEventPublisher;
import org.stepahead.application.port.out.EventRepository;
import org.stepahead.application.port.out.ProgramRepository;
import org.stepahead.application.service.RecordingUnitOfWork;
import org.stepahead.application.service.UseCaseRunner;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.event.AgendaItem;
import org.stepahead.domain.event.AttendanceEntry;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventCancelled;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.EventStatus;
import org.stepahead.domain.event.Minutes;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.StageId;
import org.stepahead.domain.program.StageKind;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Period;

class CancelAndRescheduleEventServiceTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2023, 6, 10);

    private final EventRepository events = mock(EventRepository.class);
    private final ProgramRepository programs = mock(ProgramRepository.class);
    private final DomainEventPublisher publisher = mock(DomainEventPublisher.class);
    private final UseCaseRunner runner = new UseCaseRunner(RecordingUnitOfWork.committing(), publisher);
    private final CancelEventService cancelEvent = new CancelEventService(runner, events);
    private final RescheduleEventService rescheduleEvent = new RescheduleEventService(runner, events, programs);

    private final CommunityId community = CommunityId.random();

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

    private Event unknownEvent() {
        Event event = standaloneEvent(community, MEETING_DAY);
        when(events.findById(event.getId())).thenReturn(Optional.empty());
        return event;
    }

    private Event cancelledMeeting() {
        Event meeting = standaloneEvent(community, MEETING_DAY);
        meeting.cancel("Карантин");
        return known(stored(meeting, 2));
    }

    private Event meetingWithAttendance() {
        Event meeting = standaloneEvent(community, MEETING_DAY);
        meeting.recordAttendance(List.of(AttendanceEntry.guest("Гость", null)), Set.of(), MEETING_DAY);
        return known(stored(meeting, 2));
    }

    private Event meetingWithMinutes() {
        Event meeting = standaloneEvent(community, MEETING_DAY);
        meeting.recordMinutes(
                new Minutes("1", MEETING_DAY, null, null, List.of(new AgendaItem("Тема", null, null, null))),
                MEETING_DAY);
        return known(stored(meeting, 2));
    }

    private static void assertRefusedWith(Throwable thrown, String code) {
        assertThat(thrown)
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    // ---- cancel ---------------------------------------------------------------------------------------------------

    @Test
    void givenScheduledEvent_cancel_savesItCancelledAndPublishesTheReason() {
        Event meeting = known(standaloneEvent(community, MEETING_DAY));

        cancelEvent.cancel(new CancelEventCommand(meeting.getId(), "Карантин", 1L));

        assertThat(saved().status()).isEqualTo(EventStatus.CANCELLED);
        verify(publisher).publish(List.of(new EventCancelled(meeting.getId(), "Карантин")));
    }

    @Test
    void givenNoReason_cancel_cancelsWithoutOne() {
        Event meeting = known(standaloneEvent(community, MEETING_DAY));

        cancelEvent.cancel(new CancelEventCommand(meeting.getId(), null, null));

        assertThat(saved().status()).isEqualTo(EventStatus.CANCELLED);
        verify(publisher).publish(List.of(new EventCancelled(meeting.getId(), null)));
    }

    @Test
    void givenUnknownEvent_cancel_throwsNotFound() {
        EventId unknown = unknownEvent().getId();

        assertThatThrownBy(() -> cancelEvent.cancel(new CancelEventCommand(unknown, null, null)))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.arguments()).containsExactly("event", unknown.toString()));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenStaleVersion_cancel_throwsConflict() {
        Event meeting = known(standaloneEvent(community, MEETING_DAY));

        assertThatThrownBy(() -> cancelEvent.cancel(new CancelEventCommand(meeting.getId(), null, 3L)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.aggregate()).isEqualTo("event"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenCancelledEvent_cancel_propagatesTheDomainRefusal() {
        Event cancelled = cancelledMeeting();

        assertRefusedWith(
                catchThrowable(() -> cancelEvent.cancel(new CancelEventCommand(cancelled.getId(), null, 2L))),
                "event.cancelled");
        assertNothingSavedOrPublished();
    }

    @Test
    void givenEventWithAttendance_cancel_propagatesTheDomainRefusal() {
        Event held = meetingWithAttendance();

        assertRefusedWith(
                catchThrowable(() -> cancelEvent.cancel(new CancelEventCommand(held.getId(), "Поздно", null))),
                "event.alreadyRecorded");
        assertNothingSavedOrPublished();
    }

    @Test
    void givenTooLongReason_cancel_refusesNamingReasonWithoutReading() {
        assertThatThrownBy(() -> cancelEvent.cancel(new CancelEventCommand(EventId.random(), "я".repeat(1001), null)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("reason"));
        verifyNoInteractions(events, publisher);
    }

    // ---- reschedule -----------------------------------------------------------------------------------------------

    private final StageId autumn = StageId.random();
    private final ActivityId seminar = ActivityId.random();

    private Program programWithAutumnSeminar() {
        Program program = draftProgram(community);
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
                        List.of(Form.SEMINAR),
                        null,
                        List.of(),
                        List.of()));
        Program stored = stored(program);
        when(programs.findById(stored.getId())).thenReturn(Optional.of(stored));
        return stored;
    }

    private Event seminarOn(Program program, LocalDate day) {
        return known(stored(Event.fromActivity(
                EventId.random(),
                community,
                program.getId(),
                seminar,
                program.periodOf(seminar),
                new Event.Details(
                        "Установочный семинар",
                        Form.SEMINAR,
                        day,
                        LocalTime.of(15, 0),
                        LocalTime.of(17, 0),
                        "Актовый зал",
                        List.of("Филатова Е.Н.")))));
    }

    private static RescheduleEventCommand moveTo(EventId id, LocalDate date, Long expectedVersion) {
        return new RescheduleEventCommand(id, date, null, null, null, expectedVersion);
    }

    @Test
    void givenNewDayTimesAndPlace_reschedule_savesThemKeepingTitleFormAndFacilitators() {
        Program program = programWithAutumnSeminar();
        Event event = seminarOn(program, LocalDate.of(2023, 9, 20));

        rescheduleEvent.reschedule(new RescheduleEventCommand(
                event.getId(), LocalDate.of(2023, 10, 4), LocalTime.of(10, 0), null, "каб. 12", 1L));

        assertThat(saved().details())
                .isEqualTo(new Event.Details(
                        "Установочный семинар",
                        Form.SEMINAR,
                        LocalDate.of(2023, 10, 4),
                        LocalTime.of(10, 0),
                        null,
                        "каб. 12",
                        List.of("Филатова Е.Н.")));
    }

    @Test
    void givenOnlyANewDay_reschedule_keepsTheTimesAndThePlace() {
        Program program = programWithAutumnSeminar();
        Event event = seminarOn(program, LocalDate.of(2023, 9, 20));

        rescheduleEvent.reschedule(moveTo(event.getId(), LocalDate.of(2023, 9, 27), null));

        Event.Details moved = saved().details();
        assertThat(moved.date()).isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(moved.startsAt()).isEqualTo(LocalTime.of(15, 0));
        assertThat(moved.endsAt()).isEqualTo(LocalTime.of(17, 0));
        assertThat(moved.place()).isEqualTo("Актовый зал");
    }

    @Test
    void givenStandaloneEvent_reschedule_movesItToAnyDayWithoutReadingAProgram() {
        Event meeting = known(standaloneEvent(community, MEETING_DAY));

        rescheduleEvent.reschedule(moveTo(meeting.getId(), LocalDate.of(2031, 1, 15), 1L));

        assertThat(saved().date()).isEqualTo(LocalDate.of(2031, 1, 15));
        verifyNoInteractions(programs);
    }

    @Test
    void givenDayOutsideTheActivitysStage_reschedule_propagatesTheDomainRefusal() {
        Program program = programWithAutumnSeminar();
        Event event = seminarOn(program, LocalDate.of(2023, 9, 20));

        assertRefusedWith(
                catchThrowable(() -> rescheduleEvent.reschedule(moveTo(event.getId(), LocalDate.of(2024, 2, 1), null))),
                "event.outsideStage");
        assertNothingSavedOrPublished();
    }

    @Test
    void givenUnknownEvent_reschedule_throwsNotFound() {
        EventId unknown = unknownEvent().getId();

        assertThatThrownBy(() -> rescheduleEvent.reschedule(moveTo(unknown, MEETING_DAY, null)))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.arguments()).containsExactly("event", unknown.toString()));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenStaleVersion_reschedule_throwsConflict() {
        Event meeting = known(standaloneEvent(community, MEETING_DAY));

        assertThatThrownBy(() -> rescheduleEvent.reschedule(moveTo(meeting.getId(), MEETING_DAY.plusDays(1), 4L)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.aggregate()).isEqualTo("event"));
        assertNothingSavedOrPublished();
    }

    @Test
    void givenCancelledEvent_reschedule_propagatesTheDomainRefusal() {
        Event cancelled = cancelledMeeting();

        assertRefusedWith(
                catchThrowable(
                        () -> rescheduleEvent.reschedule(moveTo(cancelled.getId(), MEETING_DAY.plusDays(1), 2L))),
                "event.cancelled");
        assertNothingSavedOrPublished();
    }

    @Test
    void givenEventWithMinutes_rescheduleToAnotherDay_propagatesTheDomainRefusal() {
        Event held = meetingWithMinutes();

        assertRefusedWith(
                catchThrowable(() -> rescheduleEvent.reschedule(moveTo(held.getId(), MEETING_DAY.plusDays(1), null))),
                "event.alreadyRecorded");
        assertNothingSavedOrPublished();
    }

    @Test
    void givenNoDate_reschedule_refusesNamingDateWithoutReading() {
        assertThatThrownBy(() -> rescheduleEvent.reschedule(
                        new RescheduleEventCommand(EventId.random(), null, null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidCommandException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::message)
                                .containsExactly(tuple("date", "обязательное поле не заполнено")));
        verifyNoInteractions(events, programs, publisher);
    }
}
