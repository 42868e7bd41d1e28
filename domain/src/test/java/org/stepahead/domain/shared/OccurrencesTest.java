package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OccurrencesTest {

    private static final AcademicYear YEAR_2020 = new AcademicYear(2020);
    /** The period of the seed work plan 002: the academic year 2020-2021. */
    private static final Period PLAN_2020 = YEAR_2020.period();

    private static final WorkingCalendar CALENDAR = WorkingCalendar.russianSchool(PLAN_2020);

    private static Occurrences of(String phrase, Period period) {
        return Occurrences.of(ScheduleParser.parse(phrase, YEAR_2020), period, WorkingCalendar.russianSchool(period));
    }

    private static List<LocalDate> dates(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split(" ")).map(LocalDate::parse).toList();
    }

    @Nested
    class SeedPhrases {

        @ParameterizedTest(name = "\"{0}\" → {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "январь 2021 г.|2021-01-11",
                    "сентябрь 2020 г.|2020-09-01",
                    "февраль 2021г.|2021-02-01",
                    "август - сентябрь|2020-09-01",
                    "сентябрь - декабрь 2020 г.|2020-09-01",
                    "сентябрь 2020 - февраль 2021|2020-09-01",
                    "октябрь - апрель 2021 г.|2020-10-01",
                    "ноябрь 2020 г. апрель 2021 г.|2020-11-09 2021-04-05",
                    "каждый 3-тий понедельник месяца|2020-09-21 2020-10-19 2020-11-16 2020-12-21 2021-01-18 2021-02-15"
                            + " 2021-03-15 2021-04-19 2021-05-17 2021-06-21 2021-08-16",
                    "1 раз в четверть по отдельному плану|2020-10-01 2020-12-03 2021-02-16 2021-04-30",
                })
        void givenSeedDeadline_inThePlansAcademicYear_fallsOnTheseWorkingDays(String phrase, String expected) {
            Occurrences occurrences = of(phrase, PLAN_2020);

            assertThat(occurrences.dates()).containsExactlyElementsOf(dates(expected));
            assertThat(occurrences.status()).isEqualTo(Occurrences.Status.DATED);
        }

        @ParameterizedTest(name = "\"{0}\" → {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "в течение всего периода|CONTINUOUS",
                    "В течение года|CONTINUOUS",
                    "По маршрутной карте|BY_PLAN",
                    "По итогам результатов работ обучающихся|BY_PLAN",
                    "По запросу ОО|ON_REQUEST",
                    "в каникулы|UNPARSED",
                })
        void givenSeedPhraseWithoutDays_of_hasNoDatesAndSaysWhy(String phrase, Occurrences.Status status) {
            Occurrences occurrences = of(phrase, PLAN_2020);

            assertThat(occurrences.dates()).isEmpty();
            assertThat(occurrences.status()).isEqualTo(status);
        }

        @Test
        void givenTwiceAMonthInStageOfSeptemberAndOctober2020_of_picksTheMiddlesOfTwoHalvesOfEachMonth() {
            Period stage = Period.of(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 31));

            assertThat(of("2 раза в месяц", stage).dates())
                    .containsExactlyElementsOf(dates("2020-09-08 2020-09-23 2020-10-08 2020-10-23"));
        }

        @Test
        void givenTwiceAMonthInTheYearlyStage2022OfSeed000_of_givesTwoInEveryMonthButJuly() {
            Occurrences occurrences = of("2 раза в месяц", Period.ofYear(2022));

            assertThat(occurrences.dates()).hasSize(22);
            assertThat(occurrences.dates()).noneMatch(d -> d.getMonthValue() == 7);
            assertThat(occurrences.dates()).allMatch(d -> CALENDAR_2022.isWorkingDay(d));
        }

        private static final WorkingCalendar CALENDAR_2022 = WorkingCalendar.russianSchool(Period.ofYear(2022));

        @Test
        void givenTwiceAQuarterInTheTutorProgramOf2021_of_givesTwoInEachOfTheFourSchoolQuarters() {
            Occurrences occurrences = of("2 раза в четверть по отдельному плану", Period.ofYear(2021));

            assertThat(occurrences.dates()).hasSize(8);
            assertThat(occurrences.dates()).noneMatch(d -> d.getMonthValue() >= 6 && d.getMonthValue() <= 8);
        }

        @Test
        void givenOneIssueACalendarQuarter_inThePlanYear_givesOneInEachQuarterItTouches() {
            assertThat(of("1 издание в квартал", PLAN_2020).dates())
                    .hasSize(5)
                    .extracting(LocalDate::getMonthValue)
                    .containsExactly(9, 11, 2, 5, 8);
        }
    }

    @Nested
    class Recurrences {

        @Test
        void givenEveryWednesday_inNovember2020_skipsTheWednesdayOfTheAutumnHolidays() {
            Period november = Period.ofMonth(YearMonth.of(2020, 11));

            assertThat(of("каждую среду", november).dates())
                    .containsExactlyElementsOf(dates("2020-11-11 2020-11-18 2020-11-25"));
            assertThat(of("1 раз в неделю", november).dates())
                    .containsExactlyElementsOf(dates("2020-11-11 2020-11-18 2020-11-25"));
        }

        @Test
        void givenNamedWeekdays_weekly_usesThoseDays() {
            Period week = Period.of(LocalDate.of(2020, 9, 7), LocalDate.of(2020, 9, 13));

            assertThat(of("по вторникам и четвергам", week).dates())
                    .containsExactlyElementsOf(dates("2020-09-08 2020-09-10"));
        }

        @ParameterizedTest(name = "{0} a week → {1}")
        @CsvSource({
            "1, WEDNESDAY",
            "2, TUESDAY THURSDAY",
            "3, MONDAY WEDNESDAY FRIDAY",
            "5, MONDAY TUESDAY WEDNESDAY" + " THURSDAY FRIDAY",
            "7, MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY"
        })
        void givenCountPerWeekWithoutNamedDays_weekly_spreadsOverTheWorkingWeek(int times, String weekdays) {
            Period week = Period.of(LocalDate.of(2020, 9, 7), LocalDate.of(2020, 9, 13));

            Occurrences occurrences =
                    Occurrences.of(new Schedule.Recurring(times, Schedule.Frequency.WEEK, ""), week, CALENDAR);

            assertThat(occurrences.dates())
                    .extracting(LocalDate::getDayOfWeek)
                    .containsExactlyElementsOf(Arrays.stream(weekdays.split(" "))
                            .map(DayOfWeek::valueOf)
                            .toList());
        }

        @Test
        void givenMoreTimesThanWorkingDays_spread_takesEveryWorkingDay() {
            Period twoDays = Period.of(LocalDate.of(2020, 9, 3), LocalDate.of(2020, 9, 6));

            assertThat(Occurrences.of(new Schedule.Recurring(5, Schedule.Frequency.MONTH, ""), twoDays, CALENDAR)
                            .dates())
                    .containsExactlyElementsOf(dates("2020-09-03 2020-09-04"));
        }

        @Test
        void givenOncePerHalfYearAndPerYear_of_givesOneInEachSchoolHalfAndAcademicYear() {
            assertThat(Occurrences.of(new Schedule.Recurring(1, Schedule.Frequency.HALF_YEAR, ""), PLAN_2020, CALENDAR)
                            .dates())
                    .hasSize(2);
            assertThat(Occurrences.of(new Schedule.Recurring(1, Schedule.Frequency.YEAR, ""), PLAN_2020, CALENDAR)
                            .dates())
                    .hasSize(1)
                    .allMatch(d -> PLAN_2020.contains(d) && CALENDAR.isWorkingDay(d));
        }

        @Test
        void givenASpreadOfItems_spread_takesTheMiddlesOfEqualSlices() {
            List<Integer> items = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

            assertThat(Occurrences.spread(items, 1)).containsExactly(5);
            assertThat(Occurrences.spread(items, 2)).containsExactly(2, 7);
            assertThat(Occurrences.spread(items, 3)).containsExactly(1, 5, 8);
            assertThat(Occurrences.spread(items, 10)).isEqualTo(items);
        }

        @Test
        void givenTheLastFridayOfTheMonth_of_takesItWhenWorking() {
            Period autumn = Period.of(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 31));

            assertThat(of("в последнюю пятницу месяца", autumn).dates())
                    .containsExactlyElementsOf(dates("2020-09-25 2020-10-30"));
        }

        @Test
        void givenTheFifthMondayOfTheMonth_of_skipsMonthsWithoutOne() {
            Period autumn = Period.of(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 31));

            assertThat(Occurrences.of(new Schedule.NthWeekdayOfMonth(5, DayOfWeek.MONDAY, ""), autumn, CALENDAR)
                            .dates())
                    .containsExactlyElementsOf(dates("2020-11-30"));
        }

        @Test
        void givenAnNthWeekdayOnAHoliday_of_skipsIt() {
            Period november = Period.ofMonth(YearMonth.of(2020, 11));

            assertThat(Occurrences.of(new Schedule.NthWeekdayOfMonth(1, DayOfWeek.WEDNESDAY, ""), november, CALENDAR))
                    .isEqualTo(new Occurrences(List.of(), Occurrences.Status.NONE_IN_PERIOD));
        }
    }

    @Nested
    class MovedDaysOff {

        /** The academic year 2023-2024, under the decree of 2024: Saturday 27 April worked, 29–30 April off. */
        private final AcademicYear year2023 = new AcademicYear(2023);

        private final Period aprilMay2024 = Period.of(LocalDate.of(2024, 4, 15), LocalDate.of(2024, 5, 17));

        private Occurrences of(String phrase) {
            return Occurrences.of(
                    ScheduleParser.parse(phrase, year2023), aprilMay2024, WorkingCalendar.russianSchool(aprilMay2024));
        }

        @Test
        void givenEveryTuesday_aroundMay2024_skipsTheMovedDaysOffAndNeverTakesTheWorkingSaturday() {
            assertThat(of("каждый вторник").dates())
                    .containsExactlyElementsOf(dates("2024-04-16 2024-04-23 2024-05-07 2024-05-14"));
            assertThat(of("1 раз в неделю").dates())
                    .containsExactlyElementsOf(dates("2024-04-17 2024-04-24 2024-05-08 2024-05-15"));
        }

        @Test
        void givenEverySaturday_aroundMay2024_fallsOnTheWorkingSaturdayOnly() {
            assertThat(of("каждую субботу").dates()).containsExactly(LocalDate.of(2024, 4, 27));
        }

        @Test
        void givenADeadlineOnAMovedDayOff_of_isTheWorkingSaturdayBeforeIt() {
            Schedule byApril30 = new Schedule.Once(LocalDate.of(2024, 4, 30), true, "до 30 апреля");

            assertThat(Occurrences.of(byApril30, aprilMay2024, WorkingCalendar.russianSchool(aprilMay2024))
                            .dates())
                    .containsExactly(LocalDate.of(2024, 4, 27));
        }

        @Test
        void givenTheSecondFridayOfMay2024_of_skipsItAsAMovedDayOff() {
            Period may = Period.ofMonth(YearMonth.of(2024, 5));

            assertThat(Occurrences.of(
                            new Schedule.NthWeekdayOfMonth(2, DayOfWeek.FRIDAY, ""),
                            may,
                            WorkingCalendar.russianSchool(may)))
                    .isEqualTo(new Occurrences(List.of(), Occurrences.Status.NONE_IN_PERIOD));
        }
    }

    @Nested
    class SingleDays {

        @Test
        void givenADeadlineOnAWorkingDay_of_isThatDay() {
            assertThat(of("до 15 сентября", PLAN_2020).dates()).containsExactly(LocalDate.of(2020, 9, 15));
        }

        @Test
        void givenADeadlineInTheHolidays_of_isTheLastWorkingDayBeforeIt() {
            Schedule byEndOfOctober = new Schedule.Once(LocalDate.of(2020, 10, 31), true, "до 31 октября");

            assertThat(Occurrences.of(byEndOfOctober, PLAN_2020, CALENDAR).dates())
                    .containsExactly(LocalDate.of(2020, 10, 30));
        }

        @Test
        void givenANamedDayOnASunday_of_keepsTheDayThePlanNames() {
            Schedule sunday = new Schedule.Once(LocalDate.of(2020, 11, 15), false, "15.11.2020");

            assertThat(Occurrences.of(sunday, PLAN_2020, CALENDAR).dates()).containsExactly(LocalDate.of(2020, 11, 15));
        }

        @Test
        void givenAMonthOutsideThePeriod_of_hasNoDatesInPeriod() {
            Period stage = Period.of(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 31));

            assertThat(of("январь 2021 г.", stage))
                    .isEqualTo(new Occurrences(List.of(), Occurrences.Status.NONE_IN_PERIOD));
        }

        @Test
        void givenARangeStartingBeforeThePeriod_of_takesThePeriodsFirstWorkingDayInIt() {
            Period stage = Period.of(LocalDate.of(2020, 11, 1), LocalDate.of(2020, 12, 31));

            assertThat(of("сентябрь - декабрь 2020 г.", stage).dates()).containsExactly(LocalDate.of(2020, 11, 9));
        }

        @Test
        void givenNoSchedule_of_hasNoDatesAndSaysSo() {
            assertThat(Occurrences.of(null, PLAN_2020, CALENDAR))
                    .isEqualTo(new Occurrences(List.of(), Occurrences.Status.NO_SCHEDULE));
        }

        @Test
        void givenSeveralPartsAllUndated_of_saysWhyOfTheFirst() {
            Schedule several =
                    new Schedule.Several(List.of(new Schedule.Continuous(""), new Schedule.OnRequest("ОО", "")), "");

            assertThat(Occurrences.of(several, PLAN_2020, CALENDAR).status()).isEqualTo(Occurrences.Status.CONTINUOUS);
        }

        @Test
        void givenExtraNonWorkingDays_of_avoidsThem() {
            WorkingCalendar quarantine = CALENDAR.withNonWorking(
                    "карантин", List.of(Period.of(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 9, 4))));

            assertThat(Occurrences.of(ScheduleParser.parse("сентябрь 2020 г.", YEAR_2020), PLAN_2020, quarantine)
                            .dates())
                    .containsExactly(LocalDate.of(2020, 9, 7));
        }
    }

    @Nested
    class WholeCorpus {

        @ParameterizedTest(name = "line {0}: \"{1}\"")
        @MethodSource("org.stepahead.domain.shared.ScheduleParserTest#corpus")
        void givenAnyCorpusPhrase_of_givesDaysInsideThePeriodOnWorkingDaysOrSaysWhyNone(
                int line, String phrase, String expected, String academicYear) {
            AcademicYear year = AcademicYear.parse(academicYear);
            Schedule schedule = ScheduleParser.parse(phrase, year);
            WorkingCalendar calendar = WorkingCalendar.russianSchool(year.period());

            Occurrences occurrences = Occurrences.of(schedule, year.period(), calendar);

            assertThat(occurrences.dates())
                    .allMatch(year.period()::contains)
                    .isSorted()
                    .doesNotHaveDuplicates();
            Set<Schedule.Kind> undated = Set.of(
                    Schedule.Kind.CONTINUOUS, Schedule.Kind.ON_REQUEST, Schedule.Kind.BY_PLAN, Schedule.Kind.UNPARSED);
            if (undated.contains(schedule.kind())) {
                assertThat(occurrences.dates()).isEmpty();
                assertThat(occurrences.status().name())
                        .isEqualTo(schedule.kind().name());
            }
            if (schedule.kind() != Schedule.Kind.ONCE && schedule.kind() != Schedule.Kind.SEVERAL) {
                assertThat(occurrences.dates()).allMatch(calendar::isWorkingDay);
            }
            assertThat(occurrences.status() == Occurrences.Status.DATED)
                    .isEqualTo(!occurrences.dates().isEmpty());
        }
    }
}
