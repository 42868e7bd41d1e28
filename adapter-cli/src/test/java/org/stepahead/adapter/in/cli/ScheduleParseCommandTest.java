package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class ScheduleParseCommandTest {

    @Test
    void givenAnNthWeekdayPhrase_scheduleParse_printsTheRuleAndKeepsTheWords() {
        try (Cli cli = Cli.plain()) {
            JsonNode parsed =
                    cli.json("schedule", "parse", "каждый 3-тий понедельник месяца", "--academic-year", "2020-2021");

            assertThat(parsed.get("kind").asString()).isEqualTo("NTH_WEEKDAY");
            assertThat(parsed.get("reading").asString()).isEqualTo("#3 MONDAY");
            assertThat(parsed.get("text").asString()).isEqualTo("каждый 3-тий понедельник месяца");
            assertThat(parsed.get("schedule").get("nth").asInt()).isEqualTo(3);
            assertThat(parsed.get("schedule").get("dayOfWeek").asString()).isEqualTo("MONDAY");
        }
    }

    @Test
    void givenAMonthWithoutAYear_scheduleParse_resolvesItThroughTheAcademicYear() {
        try (Cli cli = Cli.plain()) {
            JsonNode january = cli.json("schedule", "parse", "январь", "--academic-year", "2020-2021");
            JsonNode range = cli.json("schedule", "parse", "сентябрь - декабрь", "--academic-year", "2020-2021");

            assertThat(january.get("schedule").get("month").asString()).isEqualTo("2021-01");
            assertThat(range.get("reading").asString()).isEqualTo("2020-09-01 .. 2020-12-31");
            assertThat(range.get("text").asString()).isEqualTo("сентябрь - декабрь");
        }
    }

    @Test
    void givenWordsNobodyCanRead_scheduleParse_keepsThemAsUnparsedAndSucceeds() {
        try (Cli cli = Cli.plain()) {
            JsonNode parsed = cli.json("schedule", "parse", "когда-нибудь потом", "--academic-year", "2020-2021");

            assertThat(parsed.get("kind").asString()).isEqualTo("UNPARSED");
            assertThat(parsed.get("text").asString()).isEqualTo("когда-нибудь потом");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"--academic-year, 2020-2022", "--time-zone, Mars/Olympus"})
    void givenAMalformedOption_scheduleParse_isAUsageErrorNamingTheOption(String option, String value) {
        try (Cli cli = Cli.plain()) {
            Cli.Result result = cli.run("schedule", "parse", "январь", option, value);

            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains(option);
        }
    }

    @Test
    void givenAnUnreachableDatabase_scheduleParse_stillWorksBecauseItNeverOpensStorage() {
        try (Cli cli = Cli.plain()) {
            Cli.Result result = cli.run(
                    "--db",
                    "jdbc:postgresql://127.0.0.1:1/nowhere",
                    "schedule",
                    "parse",
                    "2 раза в месяц",
                    "--academic-year",
                    "2020-2021");

            assertThat(result.code()).isEqualTo(0);
            assertThat(result.out()).contains("Прочтение").contains("2 × MONTH").contains("2 раза в месяц");
        }
    }

    @Test
    void givenNoAcademicYear_scheduleParse_readsMonthsInTodaysAcademicYearInMoscow() {
        try (Cli cli = Cli.plain()) {
            JsonNode january = cli.json("schedule", "parse", "январь");
            JsonNode september = cli.json("schedule", "parse", "сентябрь");

            assertThat(january.get("schedule").get("month").asString()).isEqualTo("2027-01");
            assertThat(september.get("schedule").get("month").asString()).isEqualTo("2026-09");
        }
    }

    @Test
    void givenATimeZone_scheduleParse_takesTodayThereToChooseTheAcademicYear() {
        Clock lateOnTheLastOfAugustInUtc = Clock.fixed(Instant.parse("2026-08-31T22:30:00Z"), ZoneOffset.UTC);

        JsonNode moscow = Cli.json(run(lateOnTheLastOfAugustInUtc, "schedule", "parse", "январь", "--output", "json"));
        JsonNode newYork = Cli.json(run(
                lateOnTheLastOfAugustInUtc,
                "schedule",
                "parse",
                "январь",
                "--time-zone",
                "America/New_York",
                "--output",
                "json"));

        assertThat(moscow.get("schedule").get("month").asString()).isEqualTo("2027-01");
        assertThat(newYork.get("schedule").get("month").asString()).isEqualTo("2026-01");
    }

    @Test
    void givenSeveralPhrases_scheduleParse_readsEachArgumentAsItsOwnPhrase() {
        try (Cli cli = Cli.plain()) {
            JsonNode parsed =
                    cli.json("schedule", "parse", "сентябрь - декабрь", "ежемесячно", "--academic-year", "2020-2021");

            assertThat(parsed.isArray()).isTrue();
            assertThat(parsed)
                    .extracting(row -> row.get("reading").asString() + " / "
                            + row.get("text").asString())
                    .containsExactly("2020-09-01 .. 2020-12-31 / сентябрь - декабрь", "1 × MONTH / ежемесячно");
        }
    }

    @Test
    void givenNoPhrase_scheduleParse_readsOnePhrasePerLineOfStandardInput() {
        JsonNode parsed = jsonReading(
                "сентябрь, в течение года\n\nпо приказу\n", "schedule", "parse", "--academic-year", "2020-2021");

        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(0).get("kind").asString()).isEqualTo("SEVERAL");
        assertThat(parsed.get(1).get("kind").asString()).isEqualTo("BY_PLAN");
        assertThat(parsed.get(1).get("reading").asString()).isEqualTo("приказ");
    }

    @Test
    void givenADash_scheduleParse_readsStandardInput() {
        JsonNode parsed = jsonReading("с 15 сентября\n", "schedule", "parse", "-", "--academic-year", "2020-2021");

        assertThat(parsed.get("reading").asString()).isEqualTo("2020-09-15 .. 2021-08-31");
        assertThat(parsed.get("text").asString()).isEqualTo("с 15 сентября");
    }

    private static String run(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        int code = StepAheadCli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()), clock);
        assertThat(code).isZero();
        return out.toString();
    }

    /** Runs the command with the text as standard input and returns its JSON output. */
    private static JsonNode jsonReading(String standardInput, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)));
        try (Cli cli = Cli.plain()) {
            return cli.json(args);
        } finally {
            System.setIn(original);
        }
    }
}
