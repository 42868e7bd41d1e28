package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleParserTest {

    private static final AcademicYear YEAR_2020 = new AcademicYear(2020);

    /** The corpus: phrase, expected reading, academic year (default 2020-2021); '#' starts a comment line. */
    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = ScheduleParserTest.class.getResourceAsStream("/schedule-corpus.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                String year = columns.length > 2 ? columns[2].strip() : "2020-2021";
                rows.add(Arguments.of(number, columns[0], columns[1].strip(), year));
            }
        }
        return rows.stream();
    }

    /** The share of corpus phrases that must be read exactly as expected. */
    private static final double REQUIRED_SHARE = 0.97;

    @ParameterizedTest(name = "line {0}: \"{1}\"")
    @MethodSource("corpus")
    void givenCorpusPhrase_parse_keepsTheTextAndEachPartsOwnWords(
            int line, String phrase, String expected, String academicYear) {
        Schedule schedule = ScheduleParser.parse(phrase, AcademicYear.parse(academicYear));

        assertThat(schedule.text()).isEqualTo(kept(schedule, phrase));
        if (schedule instanceof Schedule.Several several) {
            for (Schedule part : several.parts()) {
                assertThat(part.text()).isNotBlank();
                assertThat(phrase).contains(part.text());
            }
        }
    }

    @Test
    void corpus_isReadAsExpectedForAtLeast97PercentOfThePhrases() throws IOException {
        List<String> misread = new ArrayList<>();
        List<Arguments> rows = corpus().toList();
        for (Arguments row : rows) {
            Object[] columns = row.get();
            Schedule schedule = ScheduleParser.parse((String) columns[1], AcademicYear.parse((String) columns[3]));
            String reading = describe(schedule);
            if (!reading.equals(columns[2])) {
                misread.add(
                        "line " + columns[0] + ": \"" + columns[1] + "\" → " + reading + ", expected " + columns[2]);
            }
        }
        double share = 1.0 - (double) misread.size() / rows.size();

        assertThat(share)
                .as("share read right; misread:%n%s", String.join(System.lineSeparator(), misread))
                .isGreaterThanOrEqualTo(REQUIRED_SHARE);
    }

    @Test
    void corpus_holdsAtLeast400Phrases() throws IOException {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void givenTwoSeparateMonths_parse_keepsEachPartsOwnWords() {
        Schedule.Several several = (Schedule.Several) ScheduleParser.parse("ноябрь 2020 г. апрель 2021 г.", YEAR_2020);

        assertThat(several.parts()).extracting(Schedule::text).containsExactly("ноябрь 2020 г.", "апрель 2021 г.");
    }

    @Test
    void givenPlanPeriod_parse_resolvesYearsInTheAcademicYearWhereItStarts() {
        Period plan = Period.of(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 5, 31));

        assertThat(describe(ScheduleParser.parse("январь", plan))).isEqualTo("MONTH 2022-01");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "август | MONTH 2026-08",
                "сентябрь | MONTH 2026-09",
                "май | MONTH 2027-05",
                "август - сентябрь | RANGE 2026-08-01 2026-09-30",
                "1 четверть | RANGE 2026-09-01 2026-10-31",
                "до 15 сентября | ONCE 2026-09-15 deadline"
            })
    void givenAPlanStartingInAugust_parse_readsMonthsInThePlansPeriod(String words, String expected) {
        Period plan = Period.of(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 5, 31));

        assertThat(describe(ScheduleParser.parse(words, plan))).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void givenNoText_parse_givesNull(String text) {
        assertThat(ScheduleParser.parse(text, YEAR_2020)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "абракадабра",
                "99.99.9999",
                "31.02.2021",
                "32 января",
                "0 раз в месяц",
                "99 раз в месяц",
                "7-й понедельник",
                "до",
                "с - по",
                "— — —",
                "...",
                "г.",
                "март -",
                "март - январь 2019 - 2020",
                "IX четверть",
                "3 полугодие",
                "по",
                "по итогам"
            })
    void givenGarbage_parse_givesUnparsedKeepingTheText(String text) {
        Schedule schedule = ScheduleParser.parse(text, YEAR_2020);

        assertThat(schedule).isInstanceOf(Schedule.Unparsed.class);
        assertThat(schedule.text()).isEqualTo(text.strip());
    }

    @Test
    void givenRandomStrings_parse_neverThrowsAndAlwaysKeepsTheText() {
        Random random = new Random(20201);
        String alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЯ0123456789 .,;:-–—/()IVXг\t";
        String[] words = {
            "январь",
            "сентября",
            "до",
            "по",
            "с",
            "раз",
            "раза",
            "в",
            "месяц",
            "четверть",
            "2",
            "15",
            "-",
            "2021",
            "г.",
            "каждый",
            "3-тий",
            "понедельник",
            "течение",
            "года",
            "запросу",
            "итогам",
            "II",
            ",",
            "полугодие",
            "последнюю",
            "пятницу",
            "31.02",
            "15.09.2021",
            "плану",
            "по маршрутной карте"
        };
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int k = 0; k < length; k++) {
                if (random.nextBoolean()) {
                    text.append(words[random.nextInt(words.length)]).append(' ');
                } else {
                    for (int c = random.nextInt(6); c >= 0; c--) {
                        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
            }
            String phrase = text.toString();
            assertThatCode(() -> ScheduleParser.parse(phrase, YEAR_2020))
                    .as(phrase)
                    .doesNotThrowAnyException();
            Schedule schedule = ScheduleParser.parse(phrase, YEAR_2020);
            if (phrase.isBlank()) {
                assertThat(schedule).isNull();
            } else {
                assertThat(schedule.text()).as(phrase).isEqualTo(kept(schedule, phrase));
            }
        }
    }

    /** The text a schedule keeps: the phrase without outer spaces (an unparsed one also joins inner spaces). */
    private static String kept(Schedule schedule, String phrase) {
        return schedule instanceof Schedule.Unparsed ? phrase.strip().replaceAll("\\s+", " ") : phrase.strip();
    }

    /** The compact notation of the corpus. */
    static String describe(Schedule schedule) {
        if (schedule instanceof Schedule.Once o) {
            return "ONCE " + o.date() + (o.deadline() ? " deadline" : "");
        } else if (schedule instanceof Schedule.InMonth m) {
            return "MONTH " + m.month();
        } else if (schedule instanceof Schedule.InRange r) {
            return "RANGE " + r.period().start() + " " + r.period().end();
        } else if (schedule instanceof Schedule.Recurring r) {
            return "RECURRING " + r.times() + " " + r.per();
        } else if (schedule instanceof Schedule.NthWeekdayOfMonth n) {
            return "NTH " + n.nth() + " " + n.dayOfWeek();
        } else if (schedule instanceof Schedule.Continuous) {
            return "CONTINUOUS";
        } else if (schedule instanceof Schedule.OnRequest r) {
            return r.requester() == null ? "ON_REQUEST" : "ON_REQUEST " + r.requester();
        } else if (schedule instanceof Schedule.ByPlan p) {
            return "BY_PLAN " + p.plan();
        } else if (schedule instanceof Schedule.Several s) {
            return s.parts().stream()
                    .map(ScheduleParserTest::describe)
                    .collect(Collectors.joining(" | ", "SEVERAL [", "]"));
        }
        return "UNPARSED";
    }
}
