package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private static final WorkingCalendar YEAR_2020 = WorkingCalendar.russianSchool(new AcademicYear(2020));
    private static final WorkingCalendar YEAR_2023 = WorkingCalendar.russianSchool(new AcademicYear(2023));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2020-09-01, Tuesday: working",
        "2020-09-05, Saturday",
        "2020-09-06, Sunday",
        "2020-11-04, Day of National Unity (and the autumn holidays)",
        "2021-01-01, New Year",
        "2021-01-08, New Year holidays, the last day",
        "2021-02-23, Defender of the Fatherland Day",
        "2021-03-08, Women's Day",
        "2021-05-10, working: 9 May was a Sunday and moves of days off are not computed",
        "2021-06-14, working: 12 June was a Saturday",
        "2021-07-15, July: teachers' leave",
    })
    void givenDaysOfTheYear2020_isWorkingDay_followsWeekendsHolidaysAndBreaks(LocalDate day, String why) {
        Set<LocalDate> working = Set.of(LocalDate.of(2020, 9, 1), LocalDate.of(2021, 5, 10), LocalDate.of(2021, 6, 14));

        assertThat(YEAR_2020.isWorkingDay(day)).as(why).isEqualTo(working.contains(day));
    }

    @Test
    void givenAcademicYear2023_russianSchool_hasTheFederalCalendarsAutumnAndWinterHolidays() {
        assertThat(YEAR_2023.breaks())
                .extracting(WorkingCalendar.Break::period)
                .contains(
                        Period.of(LocalDate.of(2023, 10, 28), LocalDate.of(2023, 11, 5)),
                        Period.of(LocalDate.of(2023, 12, 30), LocalDate.of(2024, 1, 8)));
        assertThat(YEAR_2023.breaks())
                .extracting(WorkingCalendar.Break::name)
                .containsExactly("осенние каникулы", "зимние каникулы", "весенние каникулы", "летний отпуск");
    }

    @Test
    void givenAcademicYear2020_russianSchool_hasFourQuartersBetweenTheHolidays() {
        assertThat(YEAR_2020.quarters())
                .containsExactly(
                        Period.of(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 10, 30)),
                        Period.of(LocalDate.of(2020, 11, 9), LocalDate.of(2020, 12, 29)),
                        Period.of(LocalDate.of(2021, 1, 9), LocalDate.of(2021, 3, 26)),
                        Period.of(LocalDate.of(2021, 4, 5), LocalDate.of(2021, 5, 31)));
        assertThat(YEAR_2020.halfYears())
                .containsExactly(
                        Period.of(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 29)),
                        Period.of(LocalDate.of(2021, 1, 9), LocalDate.of(2021, 5, 31)));
    }

    @Test
    void givenAPeriodOverSeveralYears_russianSchool_coversEveryAcademicYearItTouches() {
        WorkingCalendar calendar = WorkingCalendar.russianSchool(Period.ofYears(2021, 2023));

        assertThat(calendar.quarters()).hasSize(16);
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 1, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 12, 30))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 11, 4))).isFalse();
    }

    @Test
    void givenExtraNonWorkingDays_withNonWorking_skipsThemToo() {
        Period quarantine = Period.of(LocalDate.of(2020, 9, 14), LocalDate.of(2020, 9, 18));

        WorkingCalendar calendar = YEAR_2020.withNonWorking("карантин", List.of(quarantine));

        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 9, 15))).isFalse();
        assertThat(YEAR_2020.isWorkingDay(LocalDate.of(2020, 9, 15))).isTrue();
        assertThat(calendar.workingDays(Period.of(LocalDate.of(2020, 9, 11), LocalDate.of(2020, 9, 21))))
                .containsExactly(LocalDate.of(2020, 9, 11), LocalDate.of(2020, 9, 21));
    }

    @Test
    void givenTheDefaultWeekend_workingWeekdays_areMondayToFriday() {
        assertThat(YEAR_2020.workingWeekdays())
                .containsExactly(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void givenEveryDayAsWeekend_create_isRefused() {
        assertRefused(
                () -> new WorkingCalendar(EnumSet.allOf(DayOfWeek.class), Set.of(), List.of(), List.of()),
                "calendar.noWorkingWeekday");
    }
}
