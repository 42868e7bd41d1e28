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
        "2021-02-20, Saturday worked for Monday 22 February (decree of 2021)",
        "2021-02-22, Monday off from Saturday 20 February (decree of 2021)",
        "2021-05-10, art. 112: 9 May was a Sunday and moves to Monday",
        "2021-06-14, art. 112: 12 June was a Saturday and moves to Monday",
        "2021-07-15, July: teachers' leave",
    })
    void givenDaysOfTheYear2020_isWorkingDay_followsWeekendsHolidaysMovesAndBreaks(LocalDate day, String why) {
        Set<LocalDate> working = Set.of(LocalDate.of(2020, 9, 1), LocalDate.of(2021, 2, 20));

        assertThat(YEAR_2020.isWorkingDay(day)).as(why).isEqualTo(working.contains(day));
    }

    @Test
    void givenAcademicYear2023_russianSchool_followsTheDecreeOf2024() {
        assertThat(YEAR_2023.isWorkingDay(LocalDate.of(2024, 4, 27)))
                .as("a working Saturday")
                .isTrue();
        assertThat(YEAR_2023.workingDays(Period.of(LocalDate.of(2024, 4, 26), LocalDate.of(2024, 5, 3))))
                .containsExactly(
                        LocalDate.of(2024, 4, 26),
                        LocalDate.of(2024, 4, 27),
                        LocalDate.of(2024, 5, 2),
                        LocalDate.of(2024, 5, 3));
        assertThat(YEAR_2023.isWorkingDay(LocalDate.of(2024, 5, 10)))
                .as("off from Saturday 6 January")
                .isFalse();
        assertThat(YEAR_2023.isWorkingDay(LocalDate.of(2024, 2, 24)))
                .as("a Saturday like any other")
                .isFalse();
        assertThat(YEAR_2023.workingWeekendDays()).containsExactly(LocalDate.of(2024, 4, 27));
    }

    @Test
    void givenAcademicYear2024_russianSchool_keepsAWorkingSaturdayOfTheAutumnHolidaysOff() {
        WorkingCalendar year2024 = WorkingCalendar.russianSchool(new AcademicYear(2024));

        assertThat(year2024.workingWeekendDays())
                .containsExactlyInAnyOrder(LocalDate.of(2024, 11, 2), LocalDate.of(2024, 12, 28));
        assertThat(year2024.isWorkingDay(LocalDate.of(2024, 11, 2)))
                .as("autumn holidays")
                .isFalse();
        assertThat(year2024.isWorkingDay(LocalDate.of(2024, 12, 28)))
                .as("before the winter holidays")
                .isTrue();
        assertThat(year2024.isWorkingDay(LocalDate.of(2025, 5, 8)))
                .as("off from Sunday 23 February")
                .isFalse();
        assertThat(year2024.isWorkingDay(LocalDate.of(2025, 2, 24)))
                .as("the decree moved 23 February")
                .isTrue();
    }

    @Test
    void givenAcademicYear2026_russianSchool_fallsBackToArt112In2027() {
        WorkingCalendar year2026 = WorkingCalendar.russianSchool(new AcademicYear(2026));

        assertThat(year2026.isWorkingDay(LocalDate.of(2026, 12, 31)))
                .as("decree of 2026, in the holidays")
                .isFalse();
        assertThat(year2026.isWorkingDay(LocalDate.of(2027, 5, 3)))
                .as("1 May 2027 is a Saturday")
                .isFalse();
        assertThat(year2026.isWorkingDay(LocalDate.of(2027, 6, 14)))
                .as("12 June 2027 is a Saturday")
                .isFalse();
        assertThat(year2026.workingWeekendDays()).isEmpty();
    }

    @Test
    void givenTheFourComponentConstructor_create_hasNoWorkingWeekendDays() {
        WorkingCalendar calendar =
                new WorkingCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(), List.of(), List.of());

        assertThat(calendar.workingWeekendDays()).isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 27))).isFalse();
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
