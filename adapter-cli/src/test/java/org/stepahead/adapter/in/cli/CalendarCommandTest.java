package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** {@code calendar export}: the seeds' calendars, written by the CLI, parse back with the right dates. */
class CalendarCommandTest {

    static final Path BUZULUK = TransferTest.EXAMPLES.resolve("002-buzuluk-support-centre.yaml");
    static final String WEBINARS =
            "Участие в цикле вебинаров для специалиста отдела образования по вопросам воспитания";

    static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT");
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    static String programOf(Cli cli, String community) {
        JsonNode programs = cli.json("program", "list", "--community", community);
        return programs.get(0).get("id").asString();
    }

    @Test
    void givenTheBuzulukPlan_exportingItsProgram_givesTheThirdMondaysOfTheAcademicYearAsAnRrule() throws Exception {
        try (Cli cli = Cli.memory()) {
            String community = cli.json("import", BUZULUK.toString()).get("id").asString();
            String program = programOf(cli, community);
            Path file = TransferTest.scratch("plan.ics");

            cli.ok("calendar", "export", "--program", program, "--out", file.toString());

            Calendar calendar = parse(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                    .startsWith("План работы Центра поддержки");
            assertThat(calendar.getProperty("X-WR-TIMEZONE").orElseThrow().getValue())
                    .isEqualTo("Asia/Yekaterinburg");
            VEvent webinars = events(calendar).stream()
                    .filter(e -> value(e, "SUMMARY").startsWith(WEBINARS))
                    .findFirst()
                    .orElseThrow();
            assertThat(value(webinars, "UID")).matches("[0-9a-f-]{36}@stepahead\\.org");
            assertThat(value(webinars, "RRULE")).isEqualTo("FREQ=MONTHLY;UNTIL=20210831;BYDAY=3MO");
            assertThat(value(webinars, "DESCRIPTION")).contains("Сроки по плану: каждый 3-тий понедельник месяца");
            LocalDate first = (LocalDate) webinars.getStartDate().orElseThrow().getDate();
            RRule<LocalDate> rule =
                    webinars.<RRule<LocalDate>>getProperty("RRULE").orElseThrow();
            assertThat(rule.getRecur().getDates(first, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 1, 1)))
                    .containsExactly(
                            LocalDate.of(2020, 9, 21),
                            LocalDate.of(2020, 10, 19),
                            LocalDate.of(2020, 11, 16),
                            LocalDate.of(2020, 12, 21));
            assertThat(rule.getRecur().getDates(first, LocalDate.of(2020, 9, 1), LocalDate.of(2021, 9, 1)))
                    .hasSize(12);
            VEvent bulletin = events(calendar).stream()
                    .filter(e -> value(e, "RRULE") != null && e != webinars)
                    .findFirst()
                    .orElseThrow();
            assertThat(value(bulletin, "RRULE"))
                    .isEqualTo("FREQ=MONTHLY;UNTIL=20210831;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1");
        }
    }

    @Test
    void givenTwoExports_theFeeds_areTheSameTextWithTheSameUids() throws Exception {
        try (Cli cli = Cli.memory()) {
            String community = cli.json("import", BUZULUK.toString()).get("id").asString();

            String first =
                    cli.run("calendar", "export", "--community", community).out();
            String second =
                    cli.run("calendar", "export", "--community", community).out();

            assertThat(second).isEqualTo(first);
            assertThat(events(parse(first)))
                    .extracting(e -> value(e, "UID"))
                    .doesNotHaveDuplicates()
                    .isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.stepahead.adapter.in.cli.TransferTest#examples")
    void givenAnyExample_itsCommunityAndProgramCalendars_parse(Path example) throws Exception {
        try (Cli cli = Cli.memory()) {
            String community = cli.json("import", example.toString()).get("id").asString();

            Calendar calendar = parse(
                    cli.run("calendar", "export", "--community", community).out());

            assertThat(calendar.validate().hasErrors()).isFalse();
            for (JsonNode program : cli.json("program", "list", "--community", community)) {
                Cli.Result exported = cli.run(
                        "calendar", "export", "--program", program.get("id").asString());
                assertThat(exported.code()).as(exported.err()).isZero();
                assertThat(parse(exported.out())
                                .getProperty("X-WR-CALNAME")
                                .orElseThrow()
                                .getValue())
                        .isEqualTo(program.get("title").asString());
            }
        }
    }

    /**
     * The feed and {@code event occurrences} agree: expanding each planned activity's entry with ical4j (DTSTART, RRULE,
     * RDATE, minus EXDATE) gives exactly its occurrences that no event of its own stands for, no day twice; with its
     * events' days they are all its occurrences, which fall on working days inside its stage.
     */
    @ParameterizedTest
    @MethodSource("org.stepahead.adapter.in.cli.TransferTest#examples")
    void givenAnyExample_expandingTheProgramFeed_givesExactlyTheOccurrences(Path example) throws Exception {
        try (Cli cli = Cli.memory()) {
            String community = cli.json("import", example.toString()).get("id").asString();
            Map<String, List<LocalDate>> eventDays = new HashMap<>();
            for (JsonNode event : cli.json("event", "list", "--community", community)) {
                if (event.hasNonNull("activityId")) {
                    String day = event.hasNonNull("occurrence")
                            ? event.get("occurrence").asString()
                            : event.get("date").asString();
                    eventDays
                            .computeIfAbsent(event.get("activityId").asString(), k -> new ArrayList<>())
                            .add(LocalDate.parse(day));
                }
            }
            int checked = 0;
            int withOccurrences = 0;
            for (JsonNode program : cli.json("program", "list", "--community", community)) {
                String id = program.get("id").asString();
                Calendar calendar =
                        parse(cli.run("calendar", "export", "--program", id).out());
                for (JsonNode activity : cli.json("event", "occurrences", "--program", id)) {
                    String uid = activity.get("activityId").asString() + "@stepahead.org";
                    List<LocalDate> occurrences = activity.get("dates")
                            .valueStream()
                            .map(d -> LocalDate.parse(d.asString()))
                            .toList();
                    List<LocalDate> taken =
                            eventDays.getOrDefault(activity.get("activityId").asString(), List.of());
                    List<LocalDate> expected =
                            occurrences.stream().filter(d -> !taken.contains(d)).toList();
                    List<VEvent> entries = events(calendar).stream()
                            .filter(e -> uid.equals(value(e, "UID")))
                            .toList();
                    if (expected.isEmpty()) {
                        assertThat(entries).as(uid).isEmpty();
                        continue;
                    }
                    assertThat(entries).as(uid).hasSize(1);
                    assertThat(expanded(entries.get(0))).as(uid).containsExactlyElementsOf(expected);
                    checked++;
                }
            }
            assertThat(checked > 0 || withOccurrences == 0)
                    .as("activities with days in " + example)
                    .isTrue();
        }
    }

    /** The days an all-day VEVENT stands for, as ical4j expands its recurrence set. */
    static List<LocalDate> expanded(VEvent event) {
        net.fortuna.ical4j.model.Period<LocalDate> years =
                new net.fortuna.ical4j.model.Period<>(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
        return event.<LocalDate>calculateRecurrenceSet(years).stream()
                .map(net.fortuna.ical4j.model.Period::getStart)
                .sorted()
                .toList();
    }

    @Test
    void givenEnglish_export_labelsTheDescriptionInEnglish() throws Exception {
        try (Cli cli = Cli.memory()) {
            String community = cli.json("import", BUZULUK.toString()).get("id").asString();

            String text = cli.run("calendar", "export", "--community", community, "--lang", "en")
                    .out();

            assertThat(events(parse(text)))
                    .allSatisfy(e -> assertThat(value(e, "DESCRIPTION")).startsWith("Program: "));
        }
    }

    @Test
    void givenAnUnknownProgram_export_exitsOneAndWritesNoFile() throws IOException {
        try (Cli cli = Cli.memory()) {
            Path file = TransferTest.scratch("none.ics");

            Cli.Result result =
                    cli.run("calendar", "export", "--program", UUID.randomUUID().toString(), "--out", file.toString());

            assertThat(result.code()).isEqualTo(StepAheadCli.REFUSED);
            assertThat(result.err()).startsWith("Отказ: ").doesNotContain("\tat ");
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void givenNeitherOrBothSources_export_exitsTwo() {
        try (Cli cli = Cli.memory()) {
            String id = UUID.randomUUID().toString();

            assertThat(cli.run("calendar", "export").code()).isEqualTo(StepAheadCli.BAD_INPUT);
            assertThat(cli.run("calendar", "export", "--community", id, "--program", id)
                            .code())
                    .isEqualTo(StepAheadCli.BAD_INPUT);
        }
    }
}
