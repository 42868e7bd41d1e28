package org.stepahead.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepahead.application.port.out.AttendanceCriteria;
import org.stepahead.application.port.out.ConcurrentUpdateException;
import org.stepahead.application.port.out.EventAttendanceCount;
import org.stepahead.application.port.out.MemberAttendanceCount;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.event.AttendanceEntry;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.EventStatus;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.MembershipId;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.program.ProgramId;

/**
 * Port contract: what every store of events does — details, attendance and minutes come back as saved; the date
 * range includes both its days and returns events by day; events are found by the activity they carry out.
 */
public abstract class EventRepositoryContract extends StorageContract {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private Organization school;
    private Educator educator;
    private Community community;
    private Community otherCommunity;

    @BeforeEach
    void givenCommunities() {
        school = storedOrganization("Лицей № 2");
        educator = storedEducator("Филатова", "Елена", "Николаевна", school.getId(), ExperienceLevel.EXPERIENCED);
        community = storedCommunity("Клуб", school.getId());
        otherCommunity = storedCommunity("Другой клуб", school.getId());
    }

    private Event stored(Event event) {
        inUnit(() -> storage.events().save(event));
        return event;
    }

    @Test
    void givenStandaloneEvent_saved_readsBackEqualAtVersionOne() {
        Event event = Event.standalone(EventId.random(), community.getId(), TestData.fullDetails(TestData.SEPTEMBER_1));

        long version = inUnit(() -> storage.events().save(event));
        reopen();

        Event found = storage.events().findById(event.getId()).orElseThrow();
        assertThat(version).isEqualTo(1);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(event.snapshot());
        assertThat(found.details()).isEqualTo(event.details());
        assertThat(found.programId()).isNull();
    }

    @Test
    void givenEventThatTookPlace_attendanceAndMinutesRecordedAndSaved_readBackEqual() {
        Membership present = storedMembership(community.getId(), educator, Role.TUTOR);
        Educator absentEducator = storedEducator("Иванова", "Анна", null, school.getId(), ExperienceLevel.YOUNG);
        Membership absent = storedMembership(community.getId(), absentEducator, Role.MEMBER);
        Event loaded = stored(
                Event.standalone(EventId.random(), community.getId(), TestData.fullDetails(LocalDate.of(2024, 3, 15))));
        loaded = storage.events().findById(loaded.getId()).orElseThrow();
        loaded.recordAttendance(
                List.of(
                        AttendanceEntry.member(present.getId(), true),
                        AttendanceEntry.member(absent.getId(), false),
                        AttendanceEntry.guest("Смирнова О.В.", "Управление образования"),
                        AttendanceEntry.guest("Гость без организации", null)),
                Set.of(present.getId(), absent.getId()),
                TODAY);
        loaded.recordMinutes(TestData.minutes(LocalDate.of(2024, 3, 16)), TODAY);
        Event changed = loaded;

        long version = inUnit(() -> storage.events().save(changed));
        reopen();

        Event found = storage.events().findById(changed.getId()).orElseThrow();
        assertThat(version).isEqualTo(2);
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(changed.snapshot());
        assertThat(found.attendance()).isEqualTo(changed.attendance());
        assertThat(found.minutes()).isEqualTo(changed.minutes());
        assertThat(found.presentMembers()).isEqualTo(1);
        assertThat(found.absentMembers()).isEqualTo(1);
        assertThat(found.guests()).isEqualTo(2);
    }

    @Test
    void givenCancelledEvent_saved_readsBackCancelledWithItsReason() {
        Event event = stored(TestData.event(community.getId(), TestData.SEPTEMBER_1));
        Event loaded = storage.events().findById(event.getId()).orElseThrow();
        loaded.cancel("карантин");

        inUnit(() -> storage.events().save(loaded));
        reopen();

        Event found = storage.events().findById(event.getId()).orElseThrow();
        assertThat(found.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(found.cancellationReason()).isEqualTo("карантин");
    }

    @Test
    void givenEventsAroundARange_findingBetween_includesBothBoundaryDaysInOrderOfDay() {
        Event lastBefore = stored(TestData.event(community.getId(), LocalDate.of(2023, 8, 31)));
        Event lastDay = stored(TestData.event(community.getId(), LocalDate.of(2023, 9, 30)));
        Event middle = stored(TestData.event(community.getId(), LocalDate.of(2023, 9, 15)));
        Event firstDay = stored(TestData.event(community.getId(), LocalDate.of(2023, 9, 1)));
        Event firstAfter = stored(TestData.event(community.getId(), LocalDate.of(2023, 10, 1)));
        stored(TestData.event(otherCommunity.getId(), LocalDate.of(2023, 9, 10)));

        List<Event> found = storage.events()
                .findByCommunityBetween(community.getId(), LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30));

        assertThat(found).extracting(Event::getId).containsExactly(firstDay.getId(), middle.getId(), lastDay.getId());
        assertThat(found).extracting(Event::getId).doesNotContain(lastBefore.getId(), firstAfter.getId());
    }

    @Test
    void givenEventOnADay_findingBetweenThatDayAndItself_findsIt() {
        Event event = stored(TestData.event(community.getId(), LocalDate.of(2023, 9, 15)));

        assertThat(storage.events()
                        .findByCommunityBetween(
                                community.getId(), LocalDate.of(2023, 9, 15), LocalDate.of(2023, 9, 15)))
                .extracting(Event::getId)
                .containsExactly(event.getId());
        assertThat(storage.events()
                        .findByCommunityBetween(
                                community.getId(), LocalDate.of(2023, 9, 16), LocalDate.of(2023, 9, 20)))
                .isEmpty();
    }

    @Test
    void givenEventsOfActivities_findingByActivity_returnsThatActivitysEventsByDay() {
        Program program = TestData.fullProgram(community.getId(), school.getId(), educator.getId());
        inUnit(() -> storage.programs().save(program));
        Activity activity = program.activities().get(0);
        Activity otherActivity = program.activities().get(1);
        Event later = stored(Event.fromActivity(
                EventId.random(),
                community.getId(),
                program.getId(),
                activity.getId(),
                program.periodOf(activity.getId()),
                TestData.details("Второе", LocalDate.of(2023, 11, 20))));
        Event earlier = stored(Event.fromActivity(
                EventId.random(),
                community.getId(),
                program.getId(),
                activity.getId(),
                program.periodOf(activity.getId()),
                TestData.details("Первое", LocalDate.of(2023, 10, 2))));
        stored(Event.fromActivity(
                EventId.random(),
                community.getId(),
                program.getId(),
                otherActivity.getId(),
                program.periodOf(otherActivity.getId()),
                TestData.details("Другое", LocalDate.of(2023, 10, 3))));
        stored(TestData.event(community.getId(), LocalDate.of(2023, 10, 4)));
        reopen();

        List<Event> found = storage.events().findByActivity(program.getId(), activity.getId());

        assertThat(found).extracting(Event::getId).containsExactly(earlier.getId(), later.getId());
        assertThat(found.get(0).programId()).isEqualTo(program.getId());
        assertThat(found.get(0).activityId()).isEqualTo(activity.getId());
        assertThat(storage.events().findByActivity(program.getId(), ActivityId.random()))
                .isEmpty();
    }

    @Test
    void givenSomeStored_findingAllById_returnsTheExistingOnes() {
        Event first = stored(TestData.event(community.getId(), TestData.SEPTEMBER_1));
        Event second = stored(TestData.event(community.getId(), TestData.SEPTEMBER_1.plusDays(1)));

        assertThat(storage.events().findAllById(List.of(first.getId(), EventId.random(), second.getId())))
                .extracting(Event::getId)
                .containsExactlyInAnyOrder(first.getId(), second.getId());
    }

    // ---- events from schedules (issue 6) ---------------------------------------------------------------------------

    private Program storedProgram() {
        Program program = TestData.fullProgram(community.getId(), school.getId(), educator.getId());
        inUnit(() -> storage.programs().save(program));
        return program;
    }

    private static Event occurrence(Program program, Activity activity, LocalDate day) {
        return Event.fromOccurrence(
                EventId.random(),
                program.communityId(),
                program.getId(),
                activity.getId(),
                program.periodOf(activity.getId()),
                day,
                TestData.details(activity.title(), day));
    }

    private Event attended(Event event, List<AttendanceEntry> entries, Set<MembershipId> members) {
        Event loaded = storage.events().findById(stored(event).getId()).orElseThrow();
        loaded.recordAttendance(entries, members, TODAY);
        inUnit(() -> storage.events().save(loaded));
        return loaded;
    }

    @Test
    void givenAnOccurrenceEventWithPlannedDecisions_saved_readsBackEqual() {
        Program program = storedProgram();
        Activity activity = program.activities().get(0);
        Event event = stored(occurrence(program, activity, LocalDate.of(2023, 10, 16)));
        Event loaded = storage.events().findById(event.getId()).orElseThrow();
        loaded.recordMinutes(TestData.minutes(LocalDate.of(2023, 10, 16)), TODAY);
        loaded.planDecision(1, 1, program.getId(), program.activities().get(1).getId());

        inUnit(() -> storage.events().save(loaded));
        reopen();

        Event found = storage.events().findById(event.getId()).orElseThrow();
        assertThat(found.occurrence()).isEqualTo(LocalDate.of(2023, 10, 16));
        assertThat(found.plannedDecisions())
                .isEqualTo(loaded.plannedDecisions())
                .hasSize(1);
        assertThat(found.snapshot())
                .usingRecursiveComparison(snapshotComparison())
                .isEqualTo(loaded.snapshot());
    }

    @Test
    void givenAnEventForAnOccurrence_savingASecondForTheSameOccurrence_isAConflictAndKeepsTheFirst() {
        Program program = storedProgram();
        Activity activity = program.activities().get(0);
        Event first = stored(occurrence(program, activity, LocalDate.of(2023, 10, 16)));
        Event second = occurrence(program, activity, LocalDate.of(2023, 10, 16));

        assertThatThrownBy(() -> inUnit(() -> storage.events().save(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        reopen();

        assertThat(storage.events().findByProgram(program.getId()))
                .extracting(Event::getId)
                .containsExactly(first.getId());
        stored(occurrence(program, program.activities().get(1), LocalDate.of(2023, 10, 16)));
        stored(Event.fromActivity(
                EventId.random(),
                community.getId(),
                program.getId(),
                activity.getId(),
                program.periodOf(activity.getId()),
                TestData.details("Вручную", LocalDate.of(2023, 10, 16))));
        assertThat(storage.events().findByProgram(program.getId())).hasSize(3);
    }

    @Test
    void givenEventsOfTwoPrograms_findingByProgram_returnsThatProgramsEventsByDay() {
        Program program = storedProgram();
        Program other = storedProgram();
        Event later = stored(occurrence(program, program.activities().get(1), LocalDate.of(2023, 11, 20)));
        Event earlier = stored(occurrence(program, program.activities().get(0), LocalDate.of(2023, 10, 2)));
        stored(occurrence(other, other.activities().get(0), LocalDate.of(2023, 10, 3)));
        stored(TestData.event(community.getId(), LocalDate.of(2023, 10, 4)));
        reopen();

        assertThat(storage.events().findByProgram(program.getId()))
                .extracting(Event::getId)
                .containsExactly(earlier.getId(), later.getId());
        assertThat(storage.events().findByProgram(ProgramId.random())).isEmpty();
    }

    @Test
    void givenEventsWithAttendance_attendanceByEvent_countsEachScheduledEventOfTheCriteriaByDay() {
        Membership present = storedMembership(community.getId(), educator, Role.MEMBER);
        Educator other = storedEducator("Иванова", "Анна", null, school.getId(), ExperienceLevel.YOUNG);
        Membership absent = storedMembership(community.getId(), other, Role.MEMBER);
        Set<MembershipId> members = Set.of(present.getId(), absent.getId());
        Program program = storedProgram();
        Event withGuests = attended(
                occurrence(program, program.activities().get(0), LocalDate.of(2023, 10, 16)),
                List.of(
                        AttendanceEntry.member(present.getId(), true),
                        AttendanceEntry.member(absent.getId(), false),
                        AttendanceEntry.guest("Смирнова О.В.", null),
                        AttendanceEntry.guest("Петров П.П.", "УО")),
                members);
        Event nobodyListed = stored(TestData.event(community.getId(), LocalDate.of(2023, 9, 20)));
        Event allAbsent = attended(
                TestData.event(community.getId(), LocalDate.of(2023, 12, 1)),
                List.of(AttendanceEntry.member(present.getId(), false), AttendanceEntry.member(absent.getId(), false)),
                members);
        Event cancelled = storage.events()
                .findById(stored(TestData.event(community.getId(), LocalDate.of(2023, 11, 1)))
                        .getId())
                .orElseThrow();
        cancelled.cancel("карантин");
        inUnit(() -> storage.events().save(cancelled));
        stored(TestData.event(otherCommunity.getId(), LocalDate.of(2023, 10, 1)));
        reopen();

        List<EventAttendanceCount> all =
                storage.events().attendanceByEvent(new AttendanceCriteria(community.getId(), null, null, null));

        assertThat(all)
                .containsExactly(
                        new EventAttendanceCount(
                                nobodyListed.getId(),
                                LocalDate.of(2023, 9, 20),
                                "Встреча 2023-09-20",
                                null,
                                null,
                                0,
                                0,
                                0),
                        new EventAttendanceCount(
                                withGuests.getId(),
                                LocalDate.of(2023, 10, 16),
                                program.activities().get(0).title(),
                                program.getId(),
                                program.activities().get(0).getId(),
                                1,
                                1,
                                2),
                        new EventAttendanceCount(
                                allAbsent.getId(),
                                LocalDate.of(2023, 12, 1),
                                "Встреча 2023-12-01",
                                null,
                                null,
                                0,
                                2,
                                0));
        assertThat(storage.events()
                        .attendanceByEvent(new AttendanceCriteria(community.getId(), program.getId(), null, null)))
                .extracting(EventAttendanceCount::eventId)
                .containsExactly(withGuests.getId());
        assertThat(storage.events()
                        .attendanceByEvent(new AttendanceCriteria(
                                community.getId(), null, LocalDate.of(2023, 10, 16), LocalDate.of(2023, 12, 1))))
                .extracting(EventAttendanceCount::eventId)
                .containsExactly(withGuests.getId(), allAbsent.getId());
    }

    @Test
    void givenEventsWithAttendance_attendanceByMember_countsAttendedAndMissedOverTheCriteria() {
        Membership regular = storedMembership(community.getId(), educator, Role.MEMBER);
        Educator other = storedEducator("Иванова", "Анна", null, school.getId(), ExperienceLevel.YOUNG);
        Membership rare = storedMembership(community.getId(), other, Role.MEMBER);
        Set<MembershipId> members = Set.of(regular.getId(), rare.getId());
        attended(
                TestData.event(community.getId(), LocalDate.of(2023, 9, 20)),
                List.of(
                        AttendanceEntry.member(regular.getId(), true),
                        AttendanceEntry.member(rare.getId(), false),
                        AttendanceEntry.guest("Смирнова О.В.", null)),
                members);
        attended(
                TestData.event(community.getId(), LocalDate.of(2023, 10, 20)),
                List.of(AttendanceEntry.member(regular.getId(), true), AttendanceEntry.member(rare.getId(), true)),
                members);
        attended(
                TestData.event(community.getId(), LocalDate.of(2023, 11, 20)),
                List.of(AttendanceEntry.member(regular.getId(), false)),
                members);
        reopen();

        assertThat(storage.events().attendanceByMember(new AttendanceCriteria(community.getId(), null, null, null)))
                .containsExactlyInAnyOrder(
                        new MemberAttendanceCount(regular.getId(), 2, 1),
                        new MemberAttendanceCount(rare.getId(), 1, 1));
        assertThat(storage.events()
                        .attendanceByMember(
                                new AttendanceCriteria(community.getId(), null, LocalDate.of(2023, 10, 1), null)))
                .containsExactlyInAnyOrder(
                        new MemberAttendanceCount(regular.getId(), 1, 1),
                        new MemberAttendanceCount(rare.getId(), 1, 0));
        assertThat(storage.events()
                        .attendanceByMember(new AttendanceCriteria(otherCommunity.getId(), null, null, null)))
                .isEmpty();
    }
}
