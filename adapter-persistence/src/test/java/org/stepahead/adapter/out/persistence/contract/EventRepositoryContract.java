package org.stepahead.adapter.out.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepahead.domain.community.Community;
import org.stepahead.domain.educator.Educator;
import org.stepahead.domain.educator.ExperienceLevel;
import org.stepahead.domain.event.AttendanceEntry;
import org.stepahead.domain.event.Event;
import org.stepahead.domain.event.EventId;
import org.stepahead.domain.event.EventStatus;
import org.stepahead.domain.membership.Membership;
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.organization.Organization;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Program;

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
    assertThat(found.snapshot()).usingRecursiveComparison(snapshotComparison()).isEqualTo(event.snapshot());
    assertThat(found.details()).isEqualTo(event.details());
    assertThat(found.programId()).isNull();
  }

  @Test
  void givenEventThatTookPlace_attendanceAndMinutesRecordedAndSaved_readBackEqual() {
    Membership present = storedMembership(community.getId(), educator, Role.TUTOR);
    Educator absentEducator = storedEducator("Иванова", "Анна", null, school.getId(), ExperienceLevel.YOUNG);
    Membership absent = storedMembership(community.getId(), absentEducator, Role.MEMBER);
    Event loaded = stored(Event.standalone(EventId.random(), community.getId(),
        TestData.fullDetails(LocalDate.of(2024, 3, 15))));
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
    assertThat(found.snapshot()).usingRecursiveComparison(snapshotComparison()).isEqualTo(changed.snapshot());
    assertThat(found.attendance()).isEqualTo(changed.attendance());
    assertThat(found.minutes()).isEqualTo(changed.minutes());
    assertThat(found.presentMembers()).isEqualTo(1);
    assertThat(found.absentMembers()).isEqualTo(1);
    assertThat(found.guests()).isEqualTo(2);
  }

  @Test
  void givenCancelledEvent_saved_readsBackCancelled() {
    Event event = stored(TestData.event(community.getId(), TestData.SEPTEMBER_1));
    Event loaded = storage.events().findById(event.getId()).orElseThrow();
    loaded.cancel("карантин");

    inUnit(() -> storage.events().save(loaded));
    reopen();

    assertThat(storage.events().findById(event.getId()).orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
  }

  @Test
  void givenEventsAroundARange_findingBetween_includesBothBoundaryDaysInOrderOfDay() {
    Event lastBefore = stored(TestData.event(community.getId(), LocalDate.of(2023, 8, 31)));
    Event lastDay = stored(TestData.event(community.getId(), LocalDate.of(2023, 9, 30)));
    Event middle = stored(TestData.event(community.getId(), LocalDate.of(2023, 9, 15)));
    Event firstDay = stored(TestData.event(community.getId(), LocalDate.of(2023, 9, 1)));
    Event firstAfter = stored(TestData.event(community.getId(), LocalDate.of(2023, 10, 1)));
    stored(TestData.event(otherCommunity.getId(), LocalDate.of(2023, 9, 10)));

    List<Event> found =
        storage.events().findByCommunityBetween(
            community.getId(), LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30));

    assertThat(found).extracting(Event::getId).containsExactly(firstDay.getId(), middle.getId(), lastDay.getId());
    assertThat(found).extracting(Event::getId).doesNotContain(lastBefore.getId(), firstAfter.getId());
  }

  @Test
  void givenEventOnADay_findingBetweenThatDayAndItself_findsIt() {
    Event event = stored(TestData.event(community.getId(), LocalDate.of(2023, 9, 15)));

    assertThat(storage.events().findByCommunityBetween(
            community.getId(), LocalDate.of(2023, 9, 15), LocalDate.of(2023, 9, 15)))
        .extracting(Event::getId)
        .containsExactly(event.getId());
    assertThat(storage.events().findByCommunityBetween(
            community.getId(), LocalDate.of(2023, 9, 16), LocalDate.of(2023, 9, 20)))
        .isEmpty();
  }

  @Test
  void givenEventsOfActivities_findingByActivity_returnsThatActivitysEventsByDay() {
    Program program = TestData.fullProgram(community.getId(), school.getId(), educator.getId());
    inUnit(() -> storage.programs().save(program));
    Activity activity = program.activities().get(0);
    Activity otherActivity = program.activities().get(1);
    Event later = stored(Event.fromActivity(EventId.random(), community.getId(), program.getId(), activity.getId(),
        program.periodOf(activity.getId()), TestData.details("Второе", LocalDate.of(2023, 11, 20))));
    Event earlier = stored(Event.fromActivity(EventId.random(), community.getId(), program.getId(),
        activity.getId(), program.periodOf(activity.getId()), TestData.details("Первое", LocalDate.of(2023, 10, 2))));
    stored(Event.fromActivity(EventId.random(), community.getId(), program.getId(), otherActivity.getId(),
        program.periodOf(otherActivity.getId()), TestData.details("Другое", LocalDate.of(2023, 10, 3))));
    stored(TestData.event(community.getId(), LocalDate.of(2023, 10, 4)));
    reopen();

    List<Event> found = storage.events().findByActivity(program.getId(), activity.getId());

    assertThat(found).extracting(Event::getId).containsExactly(earlier.getId(), later.getId());
    assertThat(found.get(0).programId()).isEqualTo(program.getId());
    assertThat(found.get(0).activityId()).isEqualTo(activity.getId());
    assertThat(storage.events().findByActivity(program.getId(), ActivityId.random())).isEmpty();
  }

  @Test
  void givenSomeStored_findingAllById_returnsTheExistingOnes() {
    Event first = stored(TestData.event(community.getId(), TestData.SEPTEMBER_1));
    Event second = stored(TestData.event(community.getId(), TestData.SEPTEMBER_1.plusDays(1)));

    assertThat(storage.events().findAllById(List.of(first.getId(), EventId.random(), second.getId())))
        .extracting(Event::getId)
        .containsExactlyInAnyOrder(first.getId(), second.getId());
  }
}
