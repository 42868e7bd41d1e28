package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Moving and cancelling events, in-process against memory and H2. */
class EventChangeCommandsTest {

    private static String club(Cli cli) {
        String school = cli.ok("org", "register", "--name", "МАОУ «Лицей» №21", "--kind", "LYCEUM");
        return cli.ok("community", "found", "--name", "Клуб", "--kind", "CLUB", "--level", "SCHOOL", "--org", school);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void givenAnActivitysEvent_rescheduleAndCancel_moveItInsideItsStageThenCancelItOnce(String store) {
        try (Cli cli =
                Cli.of(store, Path.of("target", "cli-h2", UUID.randomUUID().toString()))) {
            String club = club(cli);
            String program = EventPlanningCommandsTest.workPlan(cli, club);
            String stage = cli.ok(
                    "stage",
                    "add",
                    "--program",
                    program,
                    "--name",
                    "Осенний",
                    "--kind",
                    "ACTIVITY",
                    "--start",
                    "2025-09-01",
                    "--end",
                    "2025-12-31");
            String activity = cli.ok(
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
                    "MEETING");
            String event = cli.ok(
                    "event",
                    "schedule",
                    "--community",
                    club,
                    "--program",
                    program,
                    "--activity",
                    activity,
                    "--date",
                    "2025-10-20",
                    "--starts-at",
                    "15:00",
                    "--ends-at",
                    "16:30",
                    "--place",
                    "каб. 12");

            assertThat(cli.ok("event", "reschedule", event, "--date", "2025-11-17", "--expected-version", "1"))
                    .isEqualTo(event);
            JsonNode moved = cli.json("event", "show", event);
            assertThat(moved.get("date").asString()).isEqualTo("2025-11-17");
            assertThat(moved.get("startsAt").asString()).isEqualTo("15:00:00");
            assertThat(moved.get("place").asString()).isEqualTo("каб. 12");
            cli.ok("event", "reschedule", event, "--date", "2025-11-18", "--starts-at", "10:00", "--place", "Зал");
            JsonNode again = cli.json("event", "show", event);
            assertThat(again.get("startsAt").asString()).isEqualTo("10:00:00");
            assertThat(again.get("endsAt").isNull()).isTrue();
            assertThat(again.get("place").asString()).isEqualTo("Зал");

            Cli.Result outside = cli.run("event", "reschedule", event, "--date", "2026-02-02");
            assertThat(outside.code()).isEqualTo(1);
            assertThat(outside.err()).contains("вне периода этапа");

            assertThat(cli.ok("event", "cancel", event, "--reason", "Карантин")).isEqualTo(event);
            assertThat(cli.json("event", "show", event).get("status").asString())
                    .isEqualTo("CANCELLED");
            assertThat(cli.run("event", "show", event).out()).contains("отменено", "Причина отмены", "Карантин");
            assertThat(cli.json("event", "show", event)
                            .get("cancellationReason")
                            .asString())
                    .isEqualTo("Карантин");
            Cli.Result twice = cli.run("event", "cancel", event);
            assertThat(twice.code()).isEqualTo(1);
            assertThat(twice.err()).contains("Мероприятие отменено.");
            Cli.Result movedAfter = cli.run("--lang", "en", "event", "reschedule", event, "--date", "2025-11-19");
            assertThat(movedAfter.code()).isEqualTo(1);
            assertThat(movedAfter.err()).contains("The event is cancelled.");
        }
    }

    @Test
    void givenAStandaloneEvent_reschedule_movesItToAnyDayAndAStaleVersionIsRefused() {
        try (Cli cli = Cli.memory()) {
            String club = club(cli);
            String event =
                    cli.ok("event", "schedule", "--community", club, "--title", "Встреча", "--date", "2025-10-20");

            cli.ok("event", "reschedule", event, "--date", "2031-01-15");

            assertThat(cli.json("event", "show", event).get("date").asString()).isEqualTo("2031-01-15");
            Cli.Result stale = cli.run("event", "cancel", event, "--expected-version", "1");
            assertThat(stale.code()).isEqualTo(4);
        }
    }

    /** The VEVENT of the event with the given id. */
    private static String entry(String ics, String id) {
        return Arrays.stream(ics.split("BEGIN:VEVENT"))
                .filter(e -> e.contains("UID:" + id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no VEVENT of " + id + " in " + ics));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void givenAMovedAndACancelledEvent_calendarExport_givesTheNewDayAndMarksTheCancelledOne(String store) {
        try (Cli cli =
                Cli.of(store, Path.of("target", "cli-h2", UUID.randomUUID().toString()))) {
            String club = club(cli);
            String moved = cli.ok(
                    "event",
                    "schedule",
                    "--community",
                    club,
                    "--title",
                    "Семинар",
                    "--date",
                    "2025-10-20",
                    "--starts-at",
                    "15:00");
            String cancelled =
                    cli.ok("event", "schedule", "--community", club, "--title", "Заседание", "--date", "2025-10-21");
            cli.ok("event", "reschedule", moved, "--date", "2025-10-27", "--starts-at", "16:00", "--place", "Зал");
            cli.ok("event", "cancel", cancelled, "--reason", "Карантин");

            String ics =
                    cli.run("calendar", "export", "--community", club).out().replace("\r\n ", "");

            assertThat(entry(ics, moved))
                    .contains("20251027T160000", "LOCATION:Зал")
                    .doesNotContain("20251020", "STATUS:CANCELLED");
            assertThat(entry(ics, cancelled)).contains("STATUS:CANCELLED", "20251021");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void givenNoDate_reschedule_isAUsageErrorNamingTheOption(String lang) {
        try (Cli cli = Cli.memory()) {
            Cli.Result result = cli.run(
                    "--lang", lang, "event", "reschedule", UUID.randomUUID().toString());

            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains("--date");
        }
    }

    @Test
    void givenTooLongAReason_cancel_refusesNamingTheField() {
        try (Cli cli = Cli.memory()) {
            Cli.Result result = cli.run("event", "cancel", UUID.randomUUID().toString(), "--reason", "я".repeat(1001));

            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains("reason");
        }
    }
}
