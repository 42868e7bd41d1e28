package org.stepahead.application.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepahead.application.port.out.CalendarFeed.Frequency;
import org.stepahead.application.port.out.CalendarFeed.Recurrence;
import org.stepahead.application.port.out.CalendarFeed.WeekdayRule;
import org.stepahead.domain.shared.Period;
import org.stepahead.domain.shared.Schedule;

/** Which schedules are recurrences, and the rule each becomes (the table of docs/adr/0010). */
class RecurrencesTest {

    static final Period YEAR = Period.of(LocalDate.of(2020, 9, 1), LocalDate.of(2021, 5, 31));
    static final List<WeekdayRule> WORKING_DAYS = Stream.of(
                    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
            .map(WeekdayRule::every)
            .toList();
    static final LocalDate UNTIL = YEAR.end();

    static Schedule.Recurring times(int times, Schedule.Frequency per) {
        return new Schedule.Recurring(times, per, "");
    }

    static Recurrence monthly(int interval, List<WeekdayRule> days, List<Integer> months, List<Integer> positions) {
        return new Recurrence(Frequency.MONTHLY, interval, days, months, positions, UNTIL);
    }

    static Stream<Arguments> recurrences() {
        return Stream.of(
                Arguments.of(
                        new Schedule.NthWeekdayOfMonth(3, DayOfWeek.MONDAY, ""),
                        monthly(1, List.of(new WeekdayRule(3, DayOfWeek.MONDAY)), List.of(), List.of())),
                Arguments.of(
                        new Schedule.NthWeekdayOfMonth(-1, DayOfWeek.FRIDAY, ""),
                        monthly(1, List.of(new WeekdayRule(-1, DayOfWeek.FRIDAY)), List.of(), List.of())),
                Arguments.of(
                        times(1, Schedule.Frequency.WEEK),
                        new Recurrence(
                                Frequency.WEEKLY,
                                1,
                                List.of(WeekdayRule.every(DayOfWeek.MONDAY)),
                                List.of(),
                                List.of(),
                                UNTIL)),
                Arguments.of(
                        times(2, Schedule.Frequency.WEEK),
                        new Recurrence(
                                Frequency.WEEKLY,
                                1,
                                List.of(WeekdayRule.every(DayOfWeek.TUESDAY), WeekdayRule.every(DayOfWeek.THURSDAY)),
                                List.of(),
                                List.of(),
                                UNTIL)),
                Arguments.of(
                        times(7, Schedule.Frequency.WEEK),
                        new Recurrence(Frequency.WEEKLY, 1, WORKING_DAYS, List.of(), List.of(), UNTIL)),
                Arguments.of(times(1, Schedule.Frequency.MONTH), monthly(1, WORKING_DAYS, List.of(), List.of(1))),
                Arguments.of(times(2, Schedule.Frequency.MONTH), monthly(1, WORKING_DAYS, List.of(), List.of(1, 11))),
                Arguments.of(
                        times(4, Schedule.Frequency.MONTH), monthly(1, WORKING_DAYS, List.of(), List.of(1, 6, 11, 16))),
                Arguments.of(times(25, Schedule.Frequency.MONTH), monthly(1, WORKING_DAYS, List.of(), List.of())),
                Arguments.of(
                        times(1, Schedule.Frequency.QUARTER),
                        monthly(1, WORKING_DAYS, List.of(9, 11, 1, 4), List.of(1))),
                Arguments.of(
                        times(2, Schedule.Frequency.QUARTER),
                        monthly(1, WORKING_DAYS, List.of(9, 10, 11, 12, 1, 3, 4, 5), List.of(1))),
                Arguments.of(
                        times(1, Schedule.Frequency.CALENDAR_QUARTER), monthly(3, WORKING_DAYS, List.of(), List.of(1))),
                Arguments.of(times(1, Schedule.Frequency.HALF_YEAR), monthly(6, WORKING_DAYS, List.of(), List.of(1))),
                Arguments.of(times(2, Schedule.Frequency.YEAR), monthly(6, WORKING_DAYS, List.of(), List.of(1))),
                Arguments.of(times(12, Schedule.Frequency.YEAR), monthly(1, WORKING_DAYS, List.of(), List.of(1))));
    }

    @ParameterizedTest
    @MethodSource("recurrences")
    void givenARecurrence_of_givesItsRuleUntilThePeriodEnds(Schedule schedule, Recurrence expected) {
        assertThat(Recurrences.of(schedule, YEAR)).contains(expected);
    }

    static Stream<Schedule> notRecurrences() {
        return Stream.of(
                times(3, Schedule.Frequency.QUARTER),
                times(2, Schedule.Frequency.CALENDAR_QUARTER),
                times(5, Schedule.Frequency.YEAR),
                new Schedule.Once(LocalDate.of(2020, 9, 15), false, "15.09.2020"),
                new Schedule.InMonth(YearMonth.of(2021, 1), "январь 2021 г."),
                new Schedule.InRange(YEAR, "сентябрь - май"),
                new Schedule.Continuous("в течение года"),
                new Schedule.OnRequest("ОО", "по запросу ОО"),
                new Schedule.ByPlan("маршрутная карта", "по маршрутной карте"),
                new Schedule.Unparsed("когда-нибудь"));
    }

    @ParameterizedTest
    @MethodSource("notRecurrences")
    void givenNoRecurrenceOrAnUnevenCount_of_givesNothing(Schedule schedule) {
        assertThat(Recurrences.of(schedule, YEAR)).isEmpty();
    }
}
