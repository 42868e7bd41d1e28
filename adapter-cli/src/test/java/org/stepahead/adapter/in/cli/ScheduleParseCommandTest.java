package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
            JsonNode range = cli.json("schedule", "parse", "сентябрь", "-", "декабрь", "--academic-year", "2020-2021");

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

    @Test
    void givenAMalformedAcademicYear_scheduleParse_isAUsageErrorNamingTheOption() {
        try (Cli cli = Cli.plain()) {
            Cli.Result result = cli.run("schedule", "parse", "январь", "--academic-year", "2020-2022");

            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains("--academic-year");
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
}
