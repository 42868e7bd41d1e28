package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stepahead.domain.DomainAssertions.assertRefused;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepahead.domain.shared.Schedule.Frequency;
import org.stepahead.domain.shared.Schedule.Kind;

class ScheduleTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 32, 100})
    void givenTimesOutside1To31_recurring_isRefused(int times) {
        assertRefused(() -> new Schedule.Recurring(times, Frequency.MONTH, null), "schedule.times");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 31})
    void givenTimesFrom1To31_recurring_isAccepted(int times) {
        assertThat(new Schedule.Recurring(times, Frequency.QUARTER, null).times())
                .isEqualTo(times);
    }

    @Test
    void givenNoFrequency_recurring_isRefused() {
        assertRefused(() -> new Schedule.Recurring(2, null, null), "required");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -2, 7})
    void givenNthOutside1To5OrLast_nthWeekday_isRefused(int nth) {
        assertRefused(() -> new Schedule.NthWeekdayOfMonth(nth, DayOfWeek.MONDAY, null), "schedule.nth");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, -1})
    void givenNthFrom1To5OrMinusOne_nthWeekday_isAccepted(int nth) {
        assertThat(new Schedule.NthWeekdayOfMonth(nth, DayOfWeek.MONDAY, null).nth())
                .isEqualTo(nth);
    }

    @Test
    void givenOnePart_several_isRefused() {
        List<Schedule> one = List.of(new Schedule.InMonth(YearMonth.of(2020, 11), null));

        assertRefused(() -> new Schedule.Several(one, "ноябрь 2020 г."), "schedule.severalNeedsTwo");
        assertRefused(() -> new Schedule.Several(List.of(), "ноябрь 2020 г."), "schedule.severalNeedsTwo");
        assertRefused(() -> new Schedule.Several(null, "ноябрь 2020 г."), "schedule.severalNeedsTwo");
    }

    @Test
    void givenAMissingPart_several_isRefused() {
        List<Schedule> parts = new ArrayList<>(Arrays.asList(new Schedule.Continuous(null), null));

        assertRefused(() -> new Schedule.Several(parts, null), "required");
    }

    @Test
    void givenTwoParts_several_keepsThemInOrder() {
        Schedule november = new Schedule.InMonth(YearMonth.of(2020, 11), null);
        Schedule april = new Schedule.InMonth(YearMonth.of(2021, 4), null);

        Schedule.Several several = new Schedule.Several(List.of(november, april), "ноябрь 2020 г. апрель 2021 г.");

        assertThat(several.parts()).containsExactly(november, april);
        assertThat(several.kind()).isEqualTo(Kind.SEVERAL);
    }

    @Test
    void givenWordsNobodyCouldRead_unparsed_keepsThemTrimmed() {
        Schedule.Unparsed unparsed = new Schedule.Unparsed("  по итогам  года ");

        assertThat(unparsed.text()).isEqualTo("по итогам года");
        assertThat(unparsed.kind()).isEqualTo(Kind.UNPARSED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void givenNoWords_unparsed_isRefused(String text) {
        assertRefused(() -> new Schedule.Unparsed(text), "required");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void givenNoPlan_byPlan_isRefused(String plan) {
        assertRefused(() -> new Schedule.ByPlan(plan, null), "required");
    }

    @Test
    void givenMissingStructure_eachKind_isRefused() {
        assertRefused(() -> new Schedule.Once(null, false, null), "required");
        assertRefused(() -> new Schedule.InMonth(null, null), "required");
        assertRefused(() -> new Schedule.InRange(null, null), "required");
        assertRefused(() -> new Schedule.NthWeekdayOfMonth(3, null, null), "required");
    }

    static Stream<Arguments> everyKindWithItsText() {
        String text = "  каждый 3-тий понедельник месяца ";
        return Stream.of(
                Arguments.of(new Schedule.Once(LocalDate.of(2021, 9, 15), true, text), Kind.ONCE),
                Arguments.of(new Schedule.InMonth(YearMonth.of(2021, 1), text), Kind.MONTH),
                Arguments.of(new Schedule.InRange(Period.ofYear(2021), text), Kind.RANGE),
                Arguments.of(new Schedule.Recurring(2, Frequency.MONTH, text), Kind.RECURRING),
                Arguments.of(new Schedule.NthWeekdayOfMonth(3, DayOfWeek.MONDAY, text), Kind.NTH_WEEKDAY),
                Arguments.of(new Schedule.Continuous(text), Kind.CONTINUOUS),
                Arguments.of(new Schedule.OnRequest("ОО", text), Kind.ON_REQUEST),
                Arguments.of(new Schedule.ByPlan("маршрутная карта", text), Kind.BY_PLAN),
                Arguments.of(
                        new Schedule.Several(
                                List.of(new Schedule.Continuous(null), new Schedule.OnRequest(null, null)), text),
                        Kind.SEVERAL),
                Arguments.of(new Schedule.Unparsed(text), Kind.UNPARSED));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyKindWithItsText")
    void givenThePlansWords_anyKind_keepsTheOriginalText(Schedule schedule, Kind kind) {
        assertThat(schedule.text()).isEqualTo("каждый 3-тий понедельник месяца");
        assertThat(schedule.kind()).isEqualTo(kind);
    }

    @Test
    void everyVariant_hasItsOwnKind() {
        assertThat(everyKindWithItsText().map(a -> (Object) a.get()[0].getClass()))
                .containsExactlyInAnyOrder((Object[]) Schedule.class.getPermittedSubclasses());
        assertThat(everyKindWithItsText().map(a -> a.get()[1])).containsExactlyInAnyOrder((Object[]) Kind.values());
    }

    @Test
    void givenNoWords_structuredKinds_haveEmptyText() {
        assertThat(new Schedule.Once(LocalDate.of(2021, 9, 15), false, null).text())
                .isEmpty();
        assertThat(new Schedule.Continuous(null).text()).isEmpty();
        assertThat(new Schedule.OnRequest(" ", null).requester()).isNull();
    }

    @Test
    void givenWordsLongerThanAPlanCell_anySchedule_isRefusedNamingTheField() {
        String tooLong = "в".repeat(Schedule.MAX_TEXT + 1);

        assertRefused(() -> new Schedule.Continuous(tooLong), "schedule.tooLong");
        assertRefused(() -> new Schedule.Unparsed(tooLong), "schedule.tooLong");
        assertRefused(() -> new Schedule.ByPlan(tooLong, "по плану"), "schedule.tooLong");
        assertThat(new Schedule.Unparsed("в".repeat(Schedule.MAX_TEXT)).text()).hasSize(Schedule.MAX_TEXT);
    }
}
