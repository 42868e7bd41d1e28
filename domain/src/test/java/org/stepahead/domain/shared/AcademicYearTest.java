package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AcademicYearTest {

    private static final AcademicYear YEAR_2020_2021 = new AcademicYear(2020);

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2020-2021", "2020–2021", "2020—2021", "2020/2021", " 2020 - 2021 "})
    void givenTwoFollowingYears_parse_readsTheFirstYear(String text) {
        assertThat(AcademicYear.parse(text)).isEqualTo(YEAR_2020_2021);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2020-2022", "2021-2020", "2020-2020", "2020", "2020-21", "учебный год", "2020 2021"})
    void givenYearsThatDoNotFollow_parse_isRefused(String text) {
        assertRefused(() -> AcademicYear.parse(text), "academicYear.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void givenNoText_parse_isRefused(String text) {
        assertRefused(() -> AcademicYear.parse(text), "academicYear.format");
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 3000})
    void givenAYearOutOfRange_create_isRefused(int firstYear) {
        assertRefused(() -> new AcademicYear(firstYear), "academicYear.invalid");
    }

    @Test
    void givenAnAcademicYear_period_runsFromSeptemberToAugust() {
        assertThat(YEAR_2020_2021.period()).isEqualTo(Period.of(LocalDate.of(2020, 9, 1), LocalDate.of(2021, 8, 31)));
        assertThat(YEAR_2020_2021).hasToString("2020-2021");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Month.class,
            names = {"SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"})
    void givenAnAutumnMonth_month_fallsInTheFirstYear(Month month) {
        assertThat(YEAR_2020_2021.month(month)).isEqualTo(YearMonth.of(2020, month));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Month.class,
            names = {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST"})
    void givenAMonthFromJanuaryToAugust_month_fallsInTheSecondYear(Month month) {
        assertThat(YEAR_2020_2021.month(month)).isEqualTo(YearMonth.of(2021, month));
    }

    @ParameterizedTest(name = "{0} belongs to {1}-")
    @CsvSource({"2020-09-01, 2020", "2020-12-31, 2020", "2021-01-01, 2020", "2021-08-31, 2020", "2021-09-01, 2021"})
    void givenADay_containing_isTheAcademicYearOfThatDay(LocalDate day, int firstYear) {
        AcademicYear year = AcademicYear.containing(day);

        assertThat(year).isEqualTo(new AcademicYear(firstYear));
        assertThat(year.period().contains(day)).isTrue();
    }

    @ParameterizedTest(name = "{0} of a plan from 2026-08-01 to 2027-05-31 is {1}")
    @CsvSource({"AUGUST, 2026-08", "SEPTEMBER, 2026-09", "DECEMBER, 2026-12", "JANUARY, 2027-01", "MAY, 2027-05"})
    void givenAPlanStartingInAugust_monthWithinThePlan_isTheOneInThePlansPeriod(Month month, String expected) {
        AcademicYear yearOfFirstDay = AcademicYear.containing(LocalDate.of(2026, 8, 1));
        Period plan = Period.of(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 5, 31));

        assertThat(yearOfFirstDay.month(month, plan)).isEqualTo(YearMonth.parse(expected));
    }

    @Test
    void givenAMonthOfTheAcademicYearInsideThePlan_monthWithinThePlan_keepsTheAcademicYear() {
        Period threeYears = Period.of(LocalDate.of(2021, 9, 1), LocalDate.of(2024, 5, 31));

        assertThat(new AcademicYear(2022).month(Month.OCTOBER, threeYears)).isEqualTo(YearMonth.of(2022, 10));
    }

    @Test
    void givenAMonthOutsideThePlanInEveryNearbyYear_monthWithinThePlan_isTheAcademicYearsOne() {
        Period autumn = Period.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31));

        assertThat(new AcademicYear(2026).month(Month.MARCH, autumn)).isEqualTo(YearMonth.of(2027, 3));
    }
}
