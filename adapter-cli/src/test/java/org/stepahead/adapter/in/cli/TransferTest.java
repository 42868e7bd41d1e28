package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepahead.adapter.in.cli.transfer.DocumentFiles;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.application.port.in.transfer.CommunityDocument.ProgramData;
import org.stepahead.application.port.in.transfer.CommunityDocument.StageData;
import tools.jackson.databind.JsonNode;

/** Import and export of whole communities: the five examples, the round trip, bad files and atomicity. */
class TransferTest {

    static final Path EXAMPLES = Path.of("..", "docs", "examples");
    static final Path FULL = Path.of("src", "test", "resources", "transfer", "full-community.yaml");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Stream<Path> documents() throws IOException {
        return Stream.concat(examples(), Stream.of(FULL));
    }

    static Path scratch(String name) throws IOException {
        Path directory = Path.of("target", "cli-transfer", UUID.randomUUID().toString());
        Files.createDirectories(directory);
        return directory.resolve(name);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void givenAnExample_import_showsEachProgramAsTheFileWritesIt(Path example) throws IOException {
        CommunityDocument source = DocumentFiles.read(example);
        try (Cli cli = Cli.memory()) {
            String community = cli.json("import", example.toString()).get("id").asString();
            JsonNode shown = cli.json("community", "show", community);
            assertThat(shown.get("name").asString())
                    .isEqualTo(source.community().name());
            JsonNode programs = cli.json("program", "list", "--community", community);
            assertThat(programs.size()).isEqualTo(source.programs().size());
            for (ProgramData program : source.programs()) {
                JsonNode summary = find(programs, "title", program.title());
                JsonNode overview =
                        cli.json("program", "show", summary.get("id").asString());
                assertThat(overview.get("kind").asString())
                        .isEqualTo(program.kind().name());
                assertThat(text(overview.get("goal"))).isEqualTo(program.goal());
                assertThat(overview.get("tasks").size())
                        .isEqualTo(program.tasks().size());
                assertThat(overview.get("periodStart").asString())
                        .isEqualTo(program.period().start().toString());
                assertThat(overview.get("status").asString())
                        .isEqualTo(program.approval() == null ? "DRAFT" : "APPROVED");
                assertThat(overview.get("stages").size())
                        .isEqualTo(program.stages().size());
                for (int i = 0; i < program.stages().size(); i++) {
                    StageData stage = program.stages().get(i);
                    JsonNode shownStage = overview.get("stages").get(i);
                    assertThat(shownStage.get("name").asString()).isEqualTo(stage.name());
                    assertThat(shownStage.get("periodEnd").asString())
                            .isEqualTo(stage.period().end().toString());
                    List<String> titles = program.activities().stream()
                            .filter(a -> stage.key().equals(a.stage()))
                            .map(a -> a.title())
                            .toList();
                    assertThat(shownStage
                                    .get("activities")
                                    .valueStream()
                                    .map(a -> a.get("title").asString())
                                    .toList())
                            .isEqualTo(titles);
                    List<String> results = program.results().stream()
                            .filter(r -> stage.key().equals(r.stage()))
                            .map(r -> r.text())
                            .toList();
                    assertThat(shownStage
                                    .get("results")
                                    .valueStream()
                                    .map(r -> r.get("text").asString())
                                    .toList())
                            .isEqualTo(results);
                }
                assertThat(overview.get("directions").size())
                        .isEqualTo(program.directions().size());
                assertThat(overview.get("indicators").size())
                        .isEqualTo(program.indicators().size());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void givenADocument_exportOfItsImport_meansTheSame(Path document) throws IOException {
        CommunityDocument source = DocumentFiles.read(document);
        try (Cli cli = Cli.memory()) {
            String community =
                    cli.ok("import", document.toString()).lines().findFirst().orElseThrow();
            Path yaml = scratch("export.yaml");
            cli.ok("export", "--community", community, "--file", yaml.toString());
            assertThat(Canonical.of(DocumentFiles.read(yaml))).isEqualTo(Canonical.of(source));

            String json = cli.run("export", "--community", community, "--format", "json")
                    .out();
            Path jsonFile = scratch("export.json");
            Files.writeString(jsonFile, json, StandardCharsets.UTF_8);
            assertThat(Canonical.of(DocumentFiles.read(jsonFile))).isEqualTo(Canonical.of(source));
        }
    }

    @Test
    void givenTheFullDocument_importIntoH2_andExportAgain_roundTrips() throws IOException {
        try (Cli cli = CommandsTest.cli("h2")) {
            String community =
                    cli.ok("import", FULL.toString()).lines().findFirst().orElseThrow();
            Path exported = scratch("full.json");
            cli.ok("export", "--community", community, "--format", "json", "--file", exported.toString());
            String again =
                    cli.ok("import", exported.toString()).lines().findFirst().orElseThrow();
            Path twice = scratch("twice.yaml");
            cli.ok("export", "--community", again, "--file", twice.toString());
            assertThat(Canonical.of(DocumentFiles.read(twice))).isEqualTo(Canonical.of(DocumentFiles.read(FULL)));
        }
    }

    @Test
    void givenAnUnknownField_importRefusesNamingFileAndPath_andChangesNothing() throws IOException {
        Path bad = write("bad.yaml", yaml().replace("      - {key: second, name:", "      - {key: second, nmae:"));
        try (Cli cli = CommandsTest.cli("h2")) {
            Cli.Result result = cli.run("import", bad.toString());
            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains(bad.toString(), "programs[0].stages[1]", "«nmae»");
            assertThat(cli.json("community", "list").size()).isZero();
        }
    }

    @Test
    void givenAMissingPeriod_importNamesThePath() throws IOException {
        Path bad = write(
                "bad.yaml",
                yaml().replace(", period: {start: 2026-09-01, end: 2027-08-31}, description: Основная работа", ""));
        try (Cli cli = Cli.memory()) {
            Cli.Result result = cli.run("--lang", "en", "import", bad.toString());
            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains("programs[0].stages[1].period", "a required field is missing");
        }
    }

    @Test
    void givenABadEnumOrUnknownKey_importRefusesWithExitTwo() throws IOException {
        try (Cli cli = Cli.memory()) {
            Path kind = write("kind.yaml", yaml().replace("kind: PREPARATORY", "kind: PREPARING"));
            Cli.Result badKind = cli.run("import", kind.toString());
            assertThat(badKind.code()).isEqualTo(2);
            assertThat(badKind.err())
                    .contains(
                            "programs[0].stages[0].kind",
                            "«PREPARING»",
                            "допустимые значения: PREPARATORY, ORGANIZATIONAL, ACTIVITY")
                    .doesNotContain("StageKind", "Cannot");
            Path key = write("key.yaml", yaml().replace("stage: second\n", "stage: third\n"));
            Cli.Result badKey = cli.run("import", key.toString());
            assertThat(badKey.code()).isEqualTo(2);
            assertThat(badKey.err()).contains("programs[0].activities[1].stage", "«third»");
            Cli.Result missing = cli.run("import", "no-such-file.yaml");
            assertThat(missing.code()).isEqualTo(2);
            assertThat(missing.err()).contains("no-such-file.yaml");
            Path text = write("notes.txt", "x");
            assertThat(cli.run("import", text.toString()).code()).isEqualTo(2);
            Path broken = write("broken.json", "{\"organizations\": [");
            Cli.Result syntax = cli.run("import", broken.toString());
            assertThat(syntax.code()).isEqualTo(2);
            assertThat(syntax.err())
                    .contains("broken.json", "ошибка разметки в строке 1")
                    .doesNotContain("Unexpected");
            Path date = write(
                    "date.yaml",
                    yaml().replace(
                                    "period: {start: 2025-09-01, end: 2027-08-31}",
                                    "period: {start: 1 сентября, end: 2027-08-31}"));
            Cli.Result badDate = cli.run("--lang", "en", "import", date.toString());
            assertThat(badDate.code()).isEqualTo(2);
            assertThat(badDate.err())
                    .contains("programs[0].period.start", "a date as YYYY-MM-DD is expected")
                    .doesNotContain("LocalDate", "java.");
        }
    }

    @Test
    void givenAFileImportedBefore_importAgain_printsTheSameCommunity_saysSo_andAddsNothing() throws IOException {
        try (Cli cli = CommandsTest.cli("h2")) {
            String first = cli.ok("import", FULL.toString()).lines().findFirst().orElseThrow();
            Cli.Result again = cli.run("import", FULL.toString());
            Path yaml = scratch("export.yaml");
            cli.ok("export", "--community", first, "--file", yaml.toString());
            String exportedKey = DocumentFiles.read(yaml).key();
            Cli.Result reimported = cli.run("import", yaml.toString());
            Path renamed = write("other.yaml", "key: another-club\n" + yaml());

            assertThat(again.code()).isZero();
            assertThat(again.out().lines().findFirst()).contains(first);
            assertThat(again.err() + again.out()).contains("уже импортирован", "ничего не изменено");
            assertThat(exportedKey).startsWith("sha256:");
            assertThat(reimported.code()).isZero();
            assertThat(reimported.out().lines().findFirst()).contains(first);
            assertThat(cli.json("community", "list").size()).isEqualTo(1);
            String second =
                    cli.ok("import", renamed.toString()).lines().findFirst().orElseThrow();
            assertThat(second).isNotEqualTo(first);
            assertThat(cli.json("community", "list").size()).isEqualTo(2);
        }
    }

    @Test
    void givenAFileWithSeveralProblems_importNamesEveryOneOnItsOwnLine_andChangesNothing() throws IOException {
        Path bad = write(
                "several.yaml",
                yaml().replace("stage: second\n", "stage: third\n")
                        .replace(", period: {start: 2026-09-01, end: 2027-08-31}, description: Основная работа", ""));
        try (Cli cli = CommandsTest.cli("h2")) {
            Cli.Result result = cli.run("--lang", "en", "import", bad.toString());
            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err().lines().filter(line -> line.contains(bad.toString())))
                    .hasSize(2)
                    .anySatisfy(line -> assertThat(line).contains("programs[0].stages[1].period"))
                    .anySatisfy(line -> assertThat(line).contains("programs[0].activities[1].stage", "third"));
            assertThat(cli.json("community", "list").size()).isZero();
            assertThat(cli.json("org", "list").size()).isZero();
        }
    }

    @Test
    void givenAnEmptyOrACutExport_importRefusesWithExitTwo_andAWholeExportStillImports() throws IOException {
        try (Cli cli = Cli.memory()) {
            Path empty = write("empty.yaml", "\n# nothing yet\n\n");
            Cli.Result nothing = cli.run("import", empty.toString());
            assertThat(nothing.code()).isEqualTo(2);
            assertThat(nothing.err()).contains("empty.yaml", "файл пуст");

            String community =
                    cli.ok("import", FULL.toString()).lines().findFirst().orElseThrow();
            Path whole = scratch("whole.yaml");
            cli.ok("export", "--community", community, "--file", whole.toString());
            String exported = Files.readString(whole, StandardCharsets.UTF_8);
            assertThat(exported).startsWith("# Step Ahead").endsWith("\n...\n");
            List<String> lines = exported.lines().toList();
            Path cut = write("cut.yaml", String.join("\n", lines.subList(0, lines.size() / 2)) + "\n");
            Cli.Result truncated = cli.run("import", cut.toString());
            assertThat(truncated.code()).isEqualTo(2);
            assertThat(truncated.err()).contains("cut.yaml", "файл обрезан");
            assertThat(cli.json("community", "list").size()).isEqualTo(1);
            assertThat(cli.run("import", "--dry-run", whole.toString()).code()).isZero();
        }
    }

    @Test
    void givenAFileARuleRefusesAtTheEnd_importExitsOne_andTheStoreStaysEmpty() throws IOException {
        Path refused = write("late.yaml", yaml().replace("date: 2026-02-10", "date: 2030-02-10"));
        String late = yaml().replace(
                        "  - {title: Встреча с родителями, form: MEETING, date: 2026-02-10, place: Лицей №21}",
                        "  - {title: Встреча, form: MEETING, date: 2026-02-10, attendance: {members: [{member: m-petrov, present: true},"
                                + " {member: m-petrov, present: false}]}}");
        Path twice = write("twice.yaml", late);
        try (Cli cli = CommandsTest.cli("h2")) {
            Cli.Result result = cli.run("import", twice.toString());
            assertThat(result.code()).isEqualTo(1);
            assertThat(result.err()).contains("events[1].attendance");
            assertThat(cli.json("org", "list").size()).isZero();
            assertThat(cli.json("community", "list").size()).isZero();
            assertThat(cli.run("import", refused.toString()).code()).isZero();
        }
    }

    @Test
    void givenAScheduleTheParserCannotRead_importKeepsItsWords_warnsOnStderrWithThePath_andExitsZero()
            throws IOException {
        Path unparsed = write(
                "unparsed.yaml",
                yaml().replace(
                                "schedule: {kind: RANGE, fromMonth: OCTOBER, toMonth: 2026-05, text: октябрь – май}",
                                "schedule: {kind: UNPARSED, text: когда получится}"));
        try (Cli cli = Cli.memory()) {
            Cli.Result english = cli.run("--lang", "en", "import", unparsed.toString(), "--dry-run");
            assertThat(english.code()).isZero();
            assertThat(english.err()).contains("programs[0].activities[0].schedule", "warning", "\"когда получится\"");
            Cli.Result russian = cli.run("import", unparsed.toString());
            assertThat(russian.code()).isZero();
            assertThat(russian.err())
                    .contains(
                            unparsed.toString(),
                            "programs[0].activities[0].schedule",
                            "предупреждение",
                            "«когда получится»");
            assertThat(cli.json("community", "list").size()).isEqualTo(1);
        }
    }

    @Test
    void givenSchedulesAsThePlansWordsOnly_importReadsThem_withoutWarnings() throws IOException {
        Path words = write(
                "words.yaml",
                yaml().replace(
                                "schedule: {kind: RANGE, fromMonth: OCTOBER, toMonth: 2026-05, text: октябрь – май}",
                                "schedule: октябрь – май")
                        .replace(
                                "schedule: {kind: NTH_WEEKDAY, nth: 3, dayOfWeek: MONDAY, text: каждый 3-й понедельник}",
                                "schedule: {text: каждый 3-й понедельник}"));
        try (Cli cli = Cli.memory()) {
            Cli.Result result = cli.run("import", words.toString());

            assertThat(result.code()).isZero();
            assertThat(result.err()).doesNotContain("предупреждение");
            String community = cli.json("community", "list").get(0).get("id").asString();
            String export = cli.run("export", "--community", community, "--format", "json")
                    .out();
            assertThat(export)
                    .contains("\"kind\" : \"RANGE\"", "\"start\" : \"2025-10-01\"", "\"end\" : \"2026-05-31\"")
                    .contains("\"kind\" : \"NTH_WEEKDAY\"", "\"text\" : \"каждый 3-й понедельник\"");
        }
    }

    @Test
    void givenAScheduleOutsideItsStage_importRefusesNamingTheItem_alsoInDryRun() throws IOException {
        Path outside = write(
                "outside.yaml",
                yaml().replace(
                                "schedule: {kind: RANGE, fromMonth: OCTOBER, toMonth: 2026-05, text: октябрь – май}",
                                "schedule: декабрь 2026"));
        try (Cli cli = Cli.memory()) {
            Cli.Result dryRun = cli.run("import", outside.toString(), "--dry-run");

            assertThat(dryRun.code()).isEqualTo(1);
            assertThat(dryRun.err()).contains("programs[0].activities[0]", "«декабрь 2026»", "вне периода");
            assertThat(cli.run("import", outside.toString()).code()).isEqualTo(1);
            assertThat(cli.json("community", "list").size()).isZero();
        }
    }

    @Test
    void givenNumbersWrittenAsText_yamlExport_quotesThem_soAnyYamlReaderKeepsThem() throws IOException {
        Path numbered =
                write("numbered.yaml", yaml().replaceFirst("        number: \"1\"", "        number: \"1.10\""));
        try (Cli cli = Cli.memory()) {
            assertThat(cli.run("import", numbered.toString()).code()).isZero();
            String community = cli.json("community", "list").get(0).get("id").asString();

            String export = cli.run("export", "--community", community, "--format", "yaml")
                    .out();

            assertThat(export).contains("number: \"1.10\"").doesNotContain("number: 1.10");
        }
    }

    @Test
    void givenDryRun_importChecksTheFile_andWritesNothing() {
        try (Cli cli = CommandsTest.cli("h2")) {
            Cli.Result result = cli.run("import", FULL.toString(), "--dry-run");
            assertThat(result.code()).isZero();
            assertThat(result.out()).contains("ничего не записано");
            assertThat(cli.json("org", "list").size()).isZero();
        }
    }

    private static String yaml() throws IOException {
        return Files.readString(FULL, StandardCharsets.UTF_8);
    }

    private static Path write(String name, String text) throws IOException {
        Path file = scratch(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        return list.valueStream()
                .filter(n -> value.equals(n.get(field).asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " = " + value));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
