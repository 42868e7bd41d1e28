package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Events from schedules, attendance summaries and decisions to plan, in-process against memory and H2. */
class EventPlanningCommandsTest {

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void givenAPlanWithSchedules_eventCommands_generateOnceSummarizeAttendanceAndPlanDecisions(String store) {
        try (Cli cli =
                Cli.of(store, Path.of("target", "cli-h2", UUID.randomUUID().toString()))) {
            String school = cli.ok("org", "register", "--name", "МАОУ «Лицей» №21", "--kind", "LYCEUM");
            String ivanova = cli.ok(
                    "educator",
                    "register",
                    "--surname",
                    "Иванова",
                    "--given-name",
                    "Анна",
                    "--org",
                    school,
                    "--experience",
                    "EXPERIENCED");
            String petrov = cli.ok(
                    "educator",
                    "register",
                    "--surname",
                    "Петров",
                    "--given-name",
                    "Олег",
                    "--org",
                    school,
                    "--experience",
                    "YOUNG");
            String club = cli.ok(
                    "community", "found", "--name", "Клуб", "--kind", "CLUB", "--level", "SCHOOL", "--org", school);
            String first = cli.ok(
                    "member",
                    "admit",
                    "--community",
                    club,
                    "--educator",
                    ivanova,
                    "--role",
                    "MEMBER",
                    "--joined-on",
                    "2025-09-01",
                    "--consent-given-on",
                    "2025-09-01");
            String second = cli.ok(
                    "member",
                    "admit",
                    "--community",
                    club,
                    "--educator",
                    petrov,
                    "--role",
                    "MEMBER",
                    "--joined-on",
                    "2025-09-01",
                    "--consent-given-on",
                    "2025-09-01");
            String program = workPlan(cli, club);
            String stage = cli.ok(
                    "stage",
                    "add",
                    "--program",
                    program,
                    "--name",
                    "Основной",
                    "--kind",
                    "ACTIVITY",
                    "--start",
                    "2025-09-01",
                    "--end",
                    "2026-05-31");
            cli.ok(
                    "activity",
                    "add",
                    "--program",
                    program,
                    "--number",
                    "1",
                    "--title",
                    "Заседание клуба",
                    "--stage",
                    stage,
                    "--form",
                    "MEETING",
                    "--schedule-text",
                    "каждый 3-тий понедельник месяца");
            cli.ok(
                    "activity",
                    "add",
                    "--program",
                    program,
                    "--number",
                    "2",
                    "--title",
                    "Консультации",
                    "--stage",
                    stage,
                    "--schedule-text",
                    "по запросу ОО");

            JsonNode preview = cli.json("event", "occurrences", "--program", program);
            assertThat(preview.get(0).get("dates").size()).isEqualTo(9);
            assertThat(preview.get(0).get("dates").get(0).asString()).isEqualTo("2025-09-15");
            assertThat(preview.get(1).get("status").asString()).isEqualTo("ON_REQUEST");
            assertThat(cli.json("event", "occurrences", "--program", program, "--non-working", "2025-09-15..2025-09-19")
                            .get(0)
                            .get("dates")
                            .get(0)
                            .asString())
                    .isEqualTo("2025-10-20");

            JsonNode generated = cli.json("event", "generate", "--program", program, "--stage", stage);
            assertThat(generated.get("created").size()).isEqualTo(9);
            assertThat(generated.get("existing").size()).isZero();
            JsonNode again = cli.json("event", "generate", "--program", program);
            assertThat(again.get("created").size()).isZero();
            assertThat(again.get("existing").size()).isEqualTo(9);
            assertThat(cli.run("event", "generate", "--program", program).out())
                    .contains("уже было", "Создано событий: 0, уже было: 9.", "«Консультации»: по запросу — без дат.");
            assertThat(cli.run("--lang", "en", "event", "generate", "--program", program)
                            .out())
                    .contains("Events created: 0, already there: 9.");

            String event = generated.get("created").get(0).get("eventId").asString();
            cli.ok("event", "attend", event, "--present", first, "--absent", second, "--guest", "Орлова|Гимназия №2");
            JsonNode byEvent = cli.json("event", "attendance-summary", "--community", club);
            assertThat(byEvent.size()).isEqualTo(9);
            assertThat(byEvent.get(0).get("present").asInt()).isEqualTo(1);
            assertThat(byEvent.get(0).get("absent").asInt()).isEqualTo(1);
            assertThat(byEvent.get(0).get("guests").asInt()).isEqualTo(1);
            assertThat(byEvent.get(0).get("attended").asInt()).isEqualTo(2);
            assertThat(byEvent.get(0).get("total").asInt()).isEqualTo(3);
            JsonNode byMember = cli.json("event", "attendance-summary", "--program", program, "--by", "member");
            assertThat(byMember.get(0).get("name").asString()).isEqualTo("Иванова Анна");
            assertThat(byMember.get(0).get("attended").asInt()).isEqualTo(1);
            assertThat(byMember.get(1).get("missed").asInt()).isEqualTo(1);
            assertThat(cli.run("event", "attendance-summary", "--community", club, "--by", "member")
                            .out())
                    .contains("Посетил(а)", "Иванова Анна");

            cli.ok(
                    "event",
                    "minutes",
                    event,
                    "--number",
                    "1",
                    "--date",
                    "2025-09-15",
                    "--topic",
                    "О конкурсе",
                    "--decided",
                    "Провести школьный этап конкурса «Классный классный»");
            String planned = cli.ok(
                    "event",
                    "decision-to-plan",
                    event,
                    "--item",
                    "1",
                    "--program",
                    program,
                    "--stage",
                    stage,
                    "--deadline",
                    "2025-12-15",
                    "--responsible",
                    "Иванова А.П.");
            JsonNode overview = cli.json("program", "show", program);
            assertThat(overview.toString())
                    .contains(planned, "Провести школьный этап конкурса «Классный классный»", "до 15.12.2025");
            JsonNode shown = cli.json("event", "show", event);
            assertThat(shown.get("occurrence").asString()).isEqualTo("2025-09-15");
            assertThat(shown.get("minutes").get("rewritable").asBoolean()).isFalse();
            JsonNode decision =
                    shown.get("minutes").get("agenda").get(0).get("decisions").get(0);
            assertThat(decision.get("number").asInt()).isEqualTo(1);
            assertThat(decision.get("planned").asBoolean()).isTrue();
            assertThat(decision.get("programId").asString()).isEqualTo(program);
            assertThat(decision.get("activityId").asString()).isEqualTo(planned);
            String activityTitle = decision.get("activityTitle").asString();
            assertThat(activityTitle).startsWith("Провести школьный этап");
            assertThat(cli.run("event", "show", event).out())
                    .contains("День по расписанию", "2025-09-15", "Решения в плане", "1.1: " + activityTitle);
            assertThat(cli.run("--lang", "en", "event", "list", "--community", club)
                            .out())
                    .contains("Day of the schedule", "Decisions in the plan", "1.1: " + activityTitle);
            Cli.Result twice = cli.run(
                    "event",
                    "decision-to-plan",
                    event,
                    "--item",
                    "1",
                    "--program",
                    program,
                    "--deadline",
                    "2025-12-15");
            assertThat(twice.code()).isEqualTo(1);
            assertThat(twice.err()).contains("уже внесено в план");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13-01", "2025-09-15..", "завтра"})
    void givenMalformedDaysOff_generate_isAUsageErrorNamingTheOption(String daysOff) {
        try (Cli cli = Cli.memory()) {
            Cli.Result result =
                    cli.run("event", "generate", "--program", UUID.randomUUID().toString(), "--non-working", daysOff);

            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains("--non-working");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void givenNeitherCommunityNorProgram_attendanceSummary_refusesNamingTheField(String lang) {
        try (Cli cli = Cli.memory()) {
            Cli.Result result = cli.run("--lang", lang, "event", "attendance-summary");

            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains("communityId");
        }
    }

    /** A draft work plan of the school year 2025-09-01..2026-08-31 in the club. */
    static String workPlan(Cli cli, String club) {
        return cli.ok(
                "program",
                "draft",
                "--community",
                club,
                "--kind",
                "WORK_PLAN",
                "--title",
                "План работы",
                "--goal",
                "Цель",
                "--start",
                "2025-09-01",
                "--end",
                "2026-08-31");
    }
}
