package org.stepahead.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepahead.domain.TestData;
import org.stepahead.domain.program.Activity;
import org.stepahead.domain.program.ActivityId;
import org.stepahead.domain.program.Program;
import org.stepahead.domain.shared.Form;
import org.stepahead.domain.shared.Occurrences;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;
import org.stepahead.domain.shared.WorkingCalendar;

class EventGenerationTest {

    private final Program program = TestData.approvedProgram();
    private final WorkingCalendar calendar = WorkingCalendar.russianSchool(TestData.PROGRAM_PERIOD);

    private ActivityId activity(Schedule schedule) {
        ActivityId id = ActivityId.random();
        program.planActivity(
                id,
                new Activity.Details(
                        "2.1",
                        "Заседание клуба",
                        null,
                        null,
                        TestData.PREPARATORY_STAGE,
                        List.of(Form.MEETING, Form.SEMINAR),
                        schedule,
                        List.of(),
                        List.of()));
        return id;
    }

    @Test
    void givenThirdMondayInTheStage2021_generate_createsAnEventOnEachOccurrenceRememberingIt() {
        ActivityId id = activity(new Schedule.NthWeekdayOfMonth(3, DayOfWeek.MONDAY, "каждый 3-тий понедельник"));

        EventGeneration.Result result = EventGeneration.generate(program, id, calendar, List.of(), EventId::random);

        assertThat(result.occurrences().dates()).hasSize(11);
        assertThat(result.created())
                .extracting(Event::date)
                .containsExactlyElementsOf(result.occurrences().dates());
        assertThat(result.created())
                .extracting(Event::occurrence)
                .containsExactlyElementsOf(result.occurrences().dates());
        Event first = result.created().get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2021, 1, 18));
        assertThat(first.details().title()).isEqualTo("Заседание клуба");
        assertThat(first.details().form()).isEqualTo(Form.MEETING);
        assertThat(first.programId()).isEqualTo(program.getId());
        assertThat(first.communityId()).isEqualTo(program.communityId());
        assertThat(result.existing()).isEmpty();
    }

    @Test
    void givenTheEventsOfAnEarlierRun_generateAgain_createsNothingAndReportsThemAsExisting() {
        ActivityId id = activity(new Schedule.Recurring(2, Schedule.Frequency.MONTH, "2 раза в месяц"));
        List<Event> first = EventGeneration.generate(program, id, calendar, List.of(), EventId::random)
                .created();

        EventGeneration.Result again = EventGeneration.generate(program, id, calendar, first, EventId::random);

        assertThat(again.created()).isEmpty();
        assertThat(again.existing()).containsExactlyElementsOf(first);
    }

    @Test
    void givenAGeneratedEventMovedToAnotherDay_generateAgain_doesNotRecreateItsOccurrence() {
        ActivityId id = activity(new Schedule.InMonth(YearMonth.of(2021, 2), "февраль 2021 г."));
        Event generated = EventGeneration.generate(program, id, calendar, List.of(), EventId::random)
                .created()
                .get(0);
        generated.reschedule(TestData.eventDetails(LocalDate.of(2021, 2, 10)), program.periodOf(id));

        EventGeneration.Result again =
                EventGeneration.generate(program, id, calendar, List.of(generated), EventId::random);

        assertThat(again.created()).isEmpty();
        assertThat(again.existing()).containsExactly(generated);
    }

    @Test
    void givenAnEventScheduledByHandOnAnOccurrenceDay_generate_takesItAsThatOccurrence() {
        ActivityId id = activity(new Schedule.InMonth(YearMonth.of(2021, 2), "февраль 2021 г."));
        Event byHand = Event.fromActivity(
                EventId.random(),
                program.communityId(),
                program.getId(),
                id,
                program.periodOf(id),
                TestData.eventDetails(LocalDate.of(2021, 2, 1)));
        Event otherActivitys = Event.fromActivity(
                EventId.random(),
                program.communityId(),
                program.getId(),
                activity(null),
                program.periodOf(id),
                TestData.eventDetails(LocalDate.of(2021, 2, 1)));

        EventGeneration.Result result =
                EventGeneration.generate(program, id, calendar, List.of(otherActivitys, byHand), EventId::random);

        assertThat(result.created()).isEmpty();
        assertThat(result.existing()).containsExactly(byHand);
    }

    @Test
    void givenAContinuousActivity_generate_createsNothingAndSaysWhy() {
        ActivityId id = activity(new Schedule.Continuous("в течение всего периода"));

        EventGeneration.Result result = EventGeneration.generate(program, id, calendar, List.of(), EventId::random);

        assertThat(result.created()).isEmpty();
        assertThat(result.occurrences().status()).isEqualTo(Occurrences.Status.CONTINUOUS);
    }

    @Test
    void givenAnActivityWithoutStage_generate_usesTheProgramsPeriod() {
        ActivityId id = ActivityId.random();
        program.planActivity(
                id,
                new Activity.Details(
                        null,
                        "Конкурс",
                        null,
                        null,
                        null,
                        List.of(),
                        new Schedule.Recurring(1, Schedule.Frequency.YEAR, "ежегодно"),
                        List.of(),
                        List.of()));

        List<Event> created = EventGeneration.generate(program, id, calendar, List.of(), EventId::random)
                .created();

        assertThat(created).hasSize(4).allMatch(e -> TestData.PROGRAM_PERIOD.contains(e.date()));
        assertThat(created.get(0).details().form()).isNull();
    }

    @Test
    void givenAnOccurrenceEventOnAnotherDay_fromOccurrence_isRefused() {
        assertRefused(
                () -> Event.fromOccurrence(
                        EventId.random(),
                        program.communityId(),
                        program.getId(),
                        ActivityId.random(),
                        Period.ofYear(2021),
                        LocalDate.of(2021, 3, 1),
                        TestData.eventDetails(LocalDate.of(2021, 3, 2))),
                "event.notOnOccurrence");
    }

    @Test
    void givenAnOccurrenceWithoutActivityInASnapshot_restore_isRefused() {
        Event.Snapshot snapshot = new Event.Snapshot(
                EventId.random(),
                1,
                program.communityId(),
                null,
                null,
                LocalDate.of(2021, 3, 1),
                TestData.eventDetails(LocalDate.of(2021, 3, 1)),
                null,
                null,
                null,
                new ArrayList<>());

        assertRefused(() -> Event.restore(snapshot), "event.occurrenceNeedsActivity");
    }
}
