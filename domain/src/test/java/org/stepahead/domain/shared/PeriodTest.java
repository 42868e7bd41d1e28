package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    private static final Period AUTUMN_2020 = Period.of(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 31));

    @Test
    void givenEndBeforeStart_create_isRefused() {
        assertRefused(() -> Period.of(LocalDate.of(2021, 5, 2), LocalDate.of(2021, 5, 1)), "period.endBeforeStart");
    }

    @Test
    void givenEndOnStart_create_isOneDay() {
        Period day = Period.of(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 1));

        assertThat(day.contains(LocalDate.of(2021, 5, 1))).isTrue();
    }

    @Test
    void givenNoStartOrEnd_create_isRefused() {
        assertRefused(() -> Period.of(null, LocalDate.of(2021, 5, 1)), "required");
        assertRefused(() -> Period.of(LocalDate.of(2021, 5, 1), null), "required");
    }

    @ParameterizedTest(name = "{0} in autumn 2020: {1}")
    @CsvSource({"2020-08-31, false", "2020-09-01, true", "2020-10-15, true", "2020-12-31, true", "2021-01-01, false"})
    void givenADay_contains_includesBothEnds(LocalDate day, boolean contained) {
        assertThat(AUTUMN_2020.contains(day)).isEqualTo(contained);
    }

    @ParameterizedTest(name = "{0}..{1} inside autumn 2020: {2}")
    @CsvSource({
        "2020-09-01, 2020-12-31, true",
        "2020-10-01, 2020-10-31, true",
        "2020-08-31, 2020-10-31, false",
        "2020-10-01, 2021-01-01, false"
    })
    void givenAPeriod_contains_needsBothEndsInside(LocalDate start, LocalDate end, boolean contained) {
        assertThat(AUTUMN_2020.contains(Period.of(start, end))).isEqualTo(contained);
    }

    @ParameterizedTest(name = "{0}..{1} overlaps autumn 2020: {2}")
    @CsvSource({
        "2020-06-01, 2020-08-31, false",
        "2020-06-01, 2020-09-01, true",
        "2020-12-31, 2021-02-01, true",
        "2021-01-01, 2021-02-01, false",
        "2020-10-01, 2020-10-02, true",
        "2020-01-01, 2021-12-31, true"
    })
    void givenAnotherPeriod_overlaps_countsSharedDays(LocalDate start, LocalDate end, boolean overlapping) {
        Period other = Period.of(start, end);

        assertThat(AUTUMN_2020.overlaps(other)).isEqualTo(overlapping);
        assertThat(other.overlaps(AUTUMN_2020)).isEqualTo(overlapping);
    }

    @Test
    void givenMonthsAndYears_factories_coverWholeMonthsAndYears() {
        assertThat(Period.ofMonth(YearMonth.of(2021, 2)))
                .isEqualTo(Period.of(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 28)));
        assertThat(Period.ofMonths(YearMonth.of(2022, 9), YearMonth.of(2022, 10)))
                .isEqualTo(Period.of(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 10, 31)));
        assertThat(Period.ofYear(2021)).isEqualTo(Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
        assertThat(Period.ofYears(2021, 2023))
                .isEqualTo(Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31)));
    }
}
