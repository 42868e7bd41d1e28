package org.stepahead.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;
import static org.stepahead.domain.TestData.eventDetails;
import static org.stepahead.domain.TestData.minutes;
import static org.stepahead.domain.TestData.standaloneEvent;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepahead.domain.TestData;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.ProgramId;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Period;

class EventTest {

    private static final CommunityId COMMUNITY = CommunityId.random();
    private static final Period STAGE_2022 = Period.ofYear(2022);
    private static final LocalDate MEETING_DAY = LocalDate.of(2022, 3, 21);

    private static Event fromActivity(LocalDate date) {
        return Event.fromActivity(
                EventId.random(), COMMUNITY, ProgramId.random(), ActivityId.random(), STAGE_2022, eventDetails(date));
    }

    @Nested
    class Scheduling {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"2021-12-31", "2023-01-01"})
        void givenADayOutsideTheAllowedPeriod_fromActivity_isRefused(LocalDate day) {
            assertRefused(() -> fromActivity(day), "event.outsideStage");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"2022-01-01", "2022-12-31"})
        void givenADayInsideTheAllowedPeriod_fromActivity_schedulesItAndRecordsTheEvent(LocalDate day) {
            Event event = fromActivity(day);

            assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
            assertThat(event.date()).isEqualTo(day);
            assertThat(event.pullEvents()).containsExactly(new EventScheduled(event.getId(), COMMUNITY, day));
        }

        @Test
        void givenNoAllowedPeriod_fromActivity_isRefused() {
            assertRefused(
                    () -> Event.fromActivity(
                            EventId.random(),
                            COMMUNITY,
                            ProgramId.random(),
                            ActivityId.random(),
                            null,
                            eventDetails(MEETING_DAY)),
                    "required");
        }

        @Test
        void givenAnyDay_standalone_schedulesItAndRecordsTheEvent() {
            Event event = Event.standalone(EventId.random(), COMMUNITY, eventDetails(LocalDate.of(2030, 1, 1)));

            assertThat(event.programId()).isNull();
            assertThat(event.activityId()).isNull();
            assertThat(event.pullEvents())
                    .containsExactly(new EventScheduled(event.getId(), COMMUNITY, LocalDate.of(2030, 1, 1)));
        }

        @Test
        void givenAProgramWithoutActivityInASnapshot_restore_isRefused() {
            Event.Snapshot snapshot = new Event.Snapshot(
                    EventId.random(),
                    1,
                    COMMUNITY,
                    ProgramId.random(),
                    null,
                    null,
                    eventDetails(MEETING_DAY),
                    null,
                    null,
                    null,
                    null);

            assertRefused(() -> Event.restore(snapshot), "event.activityNeedsProgram");
        }

        @Test
        void givenAnEvent_restoreOfSnapshot_isTheSame() {
            Event event = fromActivity(MEETING_DAY);
            MembershipId member = MembershipId.random();
            event.recordAttendance(List.of(AttendanceEntry.member(member, true)), Set.of(member), MEETING_DAY);
            event.recordMinutes(minutes(MEETING_DAY), MEETING_DAY);

            Event restored = Event.restore(event.snapshot());

            assertThat(restored.snapshot()).isEqualTo(event.snapshot());
            assertThat(restored.pullEvents()).isEmpty();
        }

        @Test
        void givenEndBeforeStart_details_areRefused() {
            assertRefused(
                    () -> new Event.Details(
                            "Семинар",
                            Form.SEMINAR,
                            MEETING_DAY,
                            LocalTime.of(15, 0),
                            LocalTime.of(14, 0),
                            null,
                            List.of()),
                    "event.endsBeforeStart");
        }

        @Test
        void givenAnEndWithoutStart_details_areRefused() {
            assertRefused(
                    () -> new Event.Details(
                            "Семинар", Form.SEMINAR, MEETING_DAY, null, LocalTime.of(14, 0), null, List.of()),
                    "required");
        }

        @Test
        void givenNoTitleOrDay_details_areRefused() {
            assertRefused(() -> new Event.Details(" ", Form.SEMINAR, MEETING_DAY, null, null, null, null), "required");
            assertRefused(() -> new Event.Details("Семинар", Form.SEMINAR, null, null, null, null, null), "required");
        }

        @Test
        void givenNoTimes_details_areAWholeDay() {
            Event.Details details = new Event.Details("Семинар", null, MEETING_DAY, null, null, " ", null);

            assertThat(details.place()).isNull();
            assertThat(details.facilitators()).isEmpty();
        }
    }

    @Nested
    class Rescheduling {

        @Test
        void givenADayOutsideTheAllowedPeriod_rescheduleActivityEvent_isRefused() {
            Event event = fromActivity(MEETING_DAY);

            assertRefused(
                    () -> event.reschedule(eventDetails(LocalDate.of(2023, 1, 10)), STAGE_2022), "event.outsideStage");
            assertThat(event.date()).isEqualTo(MEETING_DAY);
        }

        @Test
        void givenADayInsideTheAllowedPeriod_rescheduleActivityEvent_movesIt() {
            Event event = fromActivity(MEETING_DAY);

            event.reschedule(eventDetails(MEETING_DAY.plusWeeks(1)), STAGE_2022);

            assertThat(event.date()).isEqualTo(MEETING_DAY.plusWeeks(1));
        }

        @Test
        void givenNoAllowedPeriod_rescheduleActivityEvent_isRefused() {
            Event event = fromActivity(MEETING_DAY);

            assertRefused(() -> event.reschedule(eventDetails(MEETING_DAY.plusDays(1)), null), "required");
        }

        @Test
        void givenNoAllowedPeriod_rescheduleStandaloneEvent_movesIt() {
            Event event = standaloneEvent(MEETING_DAY);

            event.reschedule(eventDetails(LocalDate.of(2031, 1, 1)), null);

            assertThat(event.date()).isEqualTo(LocalDate.of(2031, 1, 1));
        }

        @Test
        void givenRecordedAttendance_rescheduleToAnotherDay_isRefused() {
            Event event = standaloneEvent(MEETING_DAY);
            event.recordAttendance(List.of(AttendanceEntry.guest("Иванова И.И.", "СОШ № 5")), Set.of(), MEETING_DAY);

            assertRefused(() -> event.reschedule(eventDetails(MEETING_DAY.plusDays(1)), null), "event.alreadyRecorded");
        }

        @Test
        void givenRecordedMinutes_rescheduleOnTheSameDay_changesTheDetails() {
            Event event = standaloneEvent(MEETING_DAY);
            event.recordMinutes(minutes(MEETING_DAY), MEETING_DAY);
            Event.Details renamed = new Event.Details(
                    "Заседание (перенесено в актовый зал)",
                    Form.MEETING,
                    MEETING_DAY,
                    null,
                    null,
                    "актовый зал",
                    List.of());

            event.reschedule(renamed, null);

            assertThat(event.details()).isEqualTo(renamed);
        }

        @Test
        void givenACancelledEvent_reschedule_isRefused() {
            Event event = standaloneEvent(MEETING_DAY);
            event.cancel("карантин");

            assertRefused(() -> event.reschedule(eventDetails(MEETING_DAY.plusDays(7)), null), "event.cancelled");
        }
    }

    @Nested
    class Cancelling {

        @Test
        void givenAScheduledEvent_cancel_cancelsItAndRecordsTheEvent() {
            Event event = standaloneEvent(MEETING_DAY);

            event.cancel("  карантин ");

            assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
            assertThat(event.hasTakenPlace(MEETING_DAY.plusDays(1))).isFalse();
            assertThat(event.pullEvents()).containsExactly(new EventCancelled(event.getId(), "карантин"));
        }

        @Test
        void givenAReason_cancel_keepsItThroughSnapshotAndRestore() {
            Event event = standaloneEvent(MEETING_DAY);
            event.cancel("  карантин ");

            Event restored = Event.restore(event.snapshot());

            assertThat(event.cancellationReason()).isEqualTo("карантин");
            assertThat(restored.cancellationReason()).isEqualTo("карантин");
            assertThat(restored.status()).isEqualTo(EventStatus.CANCELLED);
        }

        @Test
        void givenAReasonForAScheduledEvent_restore_isRefused() {
            Event.Snapshot s = standaloneEvent(MEETING_DAY).snapshot();

            assertRefused(
                    () -> Event.restore(new Event.Snapshot(
                            s.id(),
                            s.version(),
                            s.communityId(),
                            s.programId(),
                            s.activityId(),
                            s.occurrence(),
                            s.details(),
                            EventStatus.SCHEDULED,
                            s.attendance(),
                            s.minutes(),
                            s.plannedDecisions(),
                            "карантин")),
                    "event.reasonWithoutCancellation");
        }

        @Test
        void givenACancelledEvent_cancelAgain_isRefused() {
            Event event = standaloneEvent(MEETING_DAY);
            event.cancel(null);

            assertRefused(() -> event.cancel(null), "event.cancelled");
        }

        @Test
        void givenRecordedAttendance_cancel_isRefused() {
            Event event = standaloneEvent(MEETING_DAY);
            event.recordAttendance(List.of(AttendanceEntry.guest("Иванова И.И.", null)), Set.of(), MEETING_DAY);

            assertRefused(() -> event.cancel("ошибка"), "event.alreadyRecorded");
            assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
        }

        @Test
        void givenRecordedMinutes_cancel_isRefused() {
            Event event = standaloneEvent(MEETING_DAY);
            event.recordMinutes(minutes(MEETING_DAY), MEETING_DAY);

            assertRefused(() -> event.cancel("ошибка"), "event.alreadyRecorded");
        }
    }

    @Nested
    class Attendance {

        private final MembershipId anna = MembershipId.random();
        private final MembershipId boris = MembershipId.random();
        private final MembershipId vera = MembershipId.random();
        private final Set<MembershipId> members = Set.of(anna, boris, vera);
        private final Event event = standaloneEvent(COMMUNITY, MEETING_DAY);

        @ParameterizedTest(name = "today {0}: {1}")
        @CsvSource({"2022-03-20, false", "2022-03-21, true", "2022-03-22, true"})
        void givenToday_hasTakenPlace_onceItsDayHasCome(LocalDate today, boolean takenPlace) {
            assertThat(event.hasTakenPlace(today)).isEqualTo(takenPlace);
        }

        @Test
        void givenAnEventNotYetTakenPlace_recordAttendance_isRefused() {
            assertRefused(
                    () -> event.recordAttendance(
                            List.of(AttendanceEntry.member(anna, true)), members, MEETING_DAY.minusDays(1)),
                    "event.notYetTakenPlace");
            assertThat(event.attendance()).isEmpty();
        }

        @Test
        void givenAnEventThatTookPlace_recordAttendance_countsAndRecordsTheEvent() {
            event.recordAttendance(
                    List.of(
                            AttendanceEntry.member(anna, true),
                            AttendanceEntry.member(boris, true),
                            AttendanceEntry.member(vera, false),
                            AttendanceEntry.guest("Иванова Ирина Ивановна", "МБОУ СОШ № 5")),
                    members,
                    MEETING_DAY.plusDays(2));

            assertThat(event.presentMembers()).isEqualTo(2);
            assertThat(event.absentMembers()).isEqualTo(1);
            assertThat(event.guests()).isEqualTo(1);
            assertThat(event.pullEvents()).containsExactly(new AttendanceRecorded(event.getId(), 2, 1, 1));
        }

        @Test
        void givenSomeoneWhoIsNotAMember_recordAttendance_isRefusedNamingThemAndTheEventsDay() {
            MembershipId stranger = MembershipId.random();

            DomainRuleViolation refusal = assertRefused(
                    () -> event.recordAttendance(List.of(AttendanceEntry.member(stranger, true)), members, MEETING_DAY),
                    "attendance.notAMember");
            assertThat(refusal.arguments()).containsExactly(stranger, MEETING_DAY);
        }

        @Test
        void givenSomeoneWhoIsNotAMemberListedAsGuest_recordAttendance_isAccepted() {
            event.recordAttendance(List.of(AttendanceEntry.guest("Иванова И.И.", null)), members, MEETING_DAY);

            assertThat(event.attendance()).singleElement().matches(AttendanceEntry::isGuest);
        }

        @Test
        void givenAMemberListedTwice_recordAttendance_isRefused() {
            assertRefused(
                    () -> event.recordAttendance(
                            List.of(AttendanceEntry.member(anna, true), AttendanceEntry.member(anna, false)),
                            members,
                            MEETING_DAY),
                    "attendance.listedTwice");
        }

        @Test
        void givenNoMemberList_recordAttendance_isRefused() {
            assertRefused(
                    () -> event.recordAttendance(List.of(AttendanceEntry.member(anna, true)), null, MEETING_DAY),
                    "required");
        }

        @Test
        void givenAnAbsentGuest_attendanceEntry_isRefused() {
            assertRefused(() -> new AttendanceEntry(null, "Иванова И.И.", null, false), "attendance.absentGuest");
        }

        @Test
        void givenBothOrNeitherMemberAndGuest_attendanceEntry_isRefused() {
            assertRefused(() -> new AttendanceEntry(anna, "Иванова И.И.", null, true), "attendance.memberOrGuest");
            assertRefused(() -> new AttendanceEntry(null, "  ", null, true), "attendance.memberOrGuest");
        }

        @Test
        void givenACancelledEvent_recordAttendance_isRefused() {
            event.cancel("карантин");

            assertRefused(
                    () -> event.recordAttendance(List.of(AttendanceEntry.member(anna, true)), members, MEETING_DAY),
                    "event.cancelled");
        }

        @Test
        void givenAnEarlierList_recordAttendance_replacesIt() {
            event.recordAttendance(List.of(AttendanceEntry.member(anna, true)), members, MEETING_DAY);

            event.recordAttendance(
                    List.of(AttendanceEntry.member(anna, false), AttendanceEntry.member(boris, true)),
                    members,
                    MEETING_DAY);

            assertThat(event.presentMembers()).isEqualTo(1);
            assertThat(event.absentMembers()).isEqualTo(1);
        }
    }

    @Nested
    class MinutesOfTheEvent {

        private final Event event = standaloneEvent(MEETING_DAY);

        @Test
        void givenAnEventNotYetTakenPlace_recordMinutes_isRefused() {
            assertRefused(
                    () -> event.recordMinutes(minutes(MEETING_DAY), MEETING_DAY.minusDays(1)),
                    "event.notYetTakenPlace");
            assertThat(event.minutes()).isNull();
        }

        @Test
        void givenMinutesDatedBeforeTheEvent_recordMinutes_isRefused() {
            assertRefused(
                    () -> event.recordMinutes(minutes(MEETING_DAY.minusDays(1)), MEETING_DAY), "minutes.beforeEvent");
        }

        @Test
        void givenMinutesOnOrAfterTheEvent_recordMinutes_recordsThemAndTheEvent() {
            event.recordMinutes(minutes(MEETING_DAY.plusDays(1)), MEETING_DAY.plusDays(3));

            assertThat(event.minutes().agenda()).containsExactly(TestData.agendaItem());
            assertThat(event.pullEvents()).containsExactly(new MinutesRecorded(event.getId(), "1"));
        }

        @Test
        void givenACancelledEvent_recordMinutes_isRefused() {
            event.cancel(null);

            assertRefused(() -> event.recordMinutes(minutes(MEETING_DAY), MEETING_DAY), "event.cancelled");
        }

        @Test
        void givenNoAgendaItem_minutes_areRefused() {
            assertRefused(() -> new Minutes("1", MEETING_DAY, null, null, List.of()), "minutes.emptyAgenda");
            assertRefused(() -> new Minutes("1", MEETING_DAY, null, null, null), "minutes.emptyAgenda");
        }

        @Test
        void givenNoNumberOrDate_minutes_areRefused() {
            assertRefused(() -> new Minutes(" ", MEETING_DAY, null, null, List.of(TestData.agendaItem())), "required");
            assertRefused(() -> new Minutes("1", null, null, null, List.of(TestData.agendaItem())), "required");
        }

        @Test
        void givenABlankTopicOrDecision_agendaItem_isRefused() {
            assertRefused(() -> new AgendaItem(" ", null, null, null), "required");
            assertRefused(() -> new AgendaItem("Тема", null, null, List.of(" ")), "required");
        }
    }
}
