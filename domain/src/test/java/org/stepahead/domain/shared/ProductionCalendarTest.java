package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductionCalendarTest {

    private static final ProductionCalendar RUSSIA = ProductionCalendar.russia();

    /**
     * The official totals of working days of the five-day week (the production calendars published with each
     * decree); a year added to the table needs its row here.
     */
    @ParameterizedTest(name = "{0}: {1} working days")
    @CsvSource({
        "2013, 247", "2014, 247", "2015, 247", "2016, 247", "2017, 247", "2018, 247", "2019, 247",
        "2020, 248", "2021, 247", "2022, 247", "2023, 247", "2024, 248", "2025, 247", "2026, 247",
    })
    void givenAYearWithItsDecree_workingDays_isTheOfficialTotal(int year, long total) {
        assertThat(RUSSIA.year(year).decree()).isPresent();
        assertThat(RUSSIA.year(year).workingDays()).isEqualTo(total);
    }

    @Test
    void givenTheTable_decreeYears_areEveryYearFrom2013To2026() {
        Set<Integer> years = IntStream.rangeClosed(2013, 2026).boxed().collect(Collectors.toSet());

        assertThat(RUSSIA.decreeYears()).isEqualTo(years);
    }

    @Test
    void given2027WithoutADecree_year_appliesArt112AndItsWeekendRuleOnly() {
        ProductionCalendar.Year year = RUSSIA.year(2027);

        assertThat(year.decree()).isEmpty();
        assertThat(year.workingWeekendDays()).isEmpty();
        // 1 May and 12 June are Saturdays, 9 May a Sunday: the next working days are off; 2-3 January are not moved.
        assertThat(year.daysOff())
                .contains(LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 10), LocalDate.of(2027, 6, 14))
                .doesNotContain(LocalDate.of(2027, 1, 11));
        assertThat(year.workingDays()).isEqualTo(249);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2024-04-27, true, Saturday worked for Monday 29 April",
        "2024-04-29, false, Monday off from Saturday 27 April",
        "2024-04-30, false, Tuesday off from Saturday 2 November",
        "2024-11-02, true, Saturday worked for Tuesday 30 April",
        "2024-12-28, true, Saturday worked for Monday 30 December",
        "2024-12-31, false, Tuesday off from Sunday 7 January",
        "2023-02-24, false, Friday off from Sunday 1 January",
        "2023-05-08, false, Monday off from Sunday 8 January",
        "2021-11-05, false, Friday off from Saturday 2 January",
        "2021-02-20, true, Saturday worked for Monday 22 February",
        "2021-05-10, false, art. 112: Sunday 9 May moves to Monday",
        "2021-06-14, false, art. 112: Saturday 12 June moves to Monday",
        "2013-02-25, true, the decree moved the day off from Monday 25 February to 10 May",
        "2013-05-10, false, Friday off from Monday 25 February",
        "2025-02-24, true, the decree moved Sunday 23 February to 8 May instead of the next Monday",
        "2025-05-08, false, Thursday off from Sunday 23 February",
        "2025-03-10, true, the decree moved Saturday 8 March to 13 June instead of the next Monday",
        "2025-06-13, false, Friday off from Saturday 8 March",
        "2026-01-09, false, Friday off from Saturday 3 January",
        "2026-03-09, false, art. 112: Sunday 8 March moves to Monday",
    })
    void givenADayOfADecreeYear_isWorkingDay_followsTheDecreeAndArt112(LocalDate day, boolean working, String why) {
        assertThat(RUSSIA.year(day.getYear()).isWorkingDay(day)).as(why).isEqualTo(working);
    }

    @Test
    void givenTheDecreeOf2024_title_citesItsNumberAndDate() {
        assertThat(RUSSIA.year(2024).decree().orElseThrow().title())
                .isEqualTo("Постановление Правительства РФ от 10.08.2023 № 1314");
    }

    @Test
    void givenA2024TableMissingTheMoveOf7January_workingDays_isNoLongerTheOfficialTotal() {
        ProductionCalendar wrong = ProductionCalendar.parse("""
                2024 decree № 1314 of 2023-08-10
                2024-01-06 Sat -> 2024-05-10 Fri
                2024-04-27 Sat -> 2024-04-29 Mon
                2024-11-02 Sat -> 2024-04-30 Tue
                2024-12-28 Sat -> 2024-12-30 Mon
                """);

        assertThat(wrong.year(2024).workingDays()).isEqualTo(248 + 1);
    }

    /** Each table's lines are separated by " ; ". */
    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2024 decree № 1 of 2023-08-10 ; 2024-04-27 Mon -> 2024-04-29 Mon|2024-04-27 is a Sat, not a Mon",
                "2024 decree № 1 of 2023-08-10 ; 2024-04-27 Sat -> 2024-04-28 Sun|moved to a weekend day",
                "2024 decree № 1 of 2023-08-10 ; 2024-04-27 Sat -> 2024-05-01 Wed|moved to a weekend day or a holiday",
                "2024 decree № 1 of 2023-08-10 ; 2025-04-26 Sat -> 2025-04-28 Mon|a transfer outside 2024",
                "2024 decree № 1 of 2023-08-10 ; 2024-04-26 Fri -> 2024-04-29 Mon|has no day off to move",
                "2024-04-27 Sat -> 2024-04-29 Mon|neither a decree nor a transfer after one",
                "2024 decree № 1 of 2023-08-10 ; 2024 decree № 2 of 2023-08-11|a second decree for 2024",
            })
    void givenAMistakeInTheTable_parse_refusesItAndSaysWhere(String table, String why) {
        assertThatThrownBy(() -> ProductionCalendar.parse(table.replace(" ; ", "\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why);
    }
}
