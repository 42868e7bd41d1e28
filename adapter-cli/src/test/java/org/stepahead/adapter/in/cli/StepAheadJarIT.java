package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** End to end: the shaded jar run as a separate process, as a script would run it. */
class StepAheadJarIT {

    private static final Path JAR = Path.of("target", "stepahead.jar");

    /** What a process printed and returned. */
    record Run(int code, String out, String err) {}

    static Run run(Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("STEPAHEAD_HOME", home.toAbsolutePath().toString());
        Path out = Files.createTempFile(home.getParent(), "out", ".txt");
        Path err = Files.createTempFile(home.getParent(), "err", ".txt");
        builder.redirectOutput(out.toFile());
        builder.redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void givenTheLauncher_aWriteAndARead_runWithAClassDataArchive() throws Exception {
        Path home = home();
        Path launcher = Path.of("target", "stepahead");
        List<String> write =
                List.of("sh", launcher.toString(), "org", "register", "--name", "Школа", "--kind", "SCHOOL");
        ProcessBuilder builder = new ProcessBuilder(write).redirectErrorStream(true);
        builder.environment().put("STEPAHEAD_HOME", home.toAbsolutePath().toString());
        Process first = builder.start();
        String id = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(first.waitFor()).isZero();
        assertThat(id).matches("[0-9a-f-]{36}");
        try (var archives = Files.list(home.resolve("cds"))) {
            assertThat(archives.toList()).hasSize(1);
        }
        builder.command("sh", launcher.toString(), "org", "show", id);
        Process second = builder.start();
        String shown = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor()).isZero();
        assertThat(shown).contains("Школа").doesNotContain("warning");
    }

    static Path home() throws IOException {
        Path base = Files.createDirectories(
                Path.of("target", "cli-it", UUID.randomUUID().toString()));
        return base.resolve("home");
    }

    @Test
    void givenTheShadedJar_helpAndVersion_printWithoutADatabase() throws Exception {
        Path home = home();
        Run help = run(home, "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Использование: stepahead", "import", "export", "Коды завершения:");
        assertThat(help.err()).isEmpty();
        assertThat(run(home, "--version").out()).startsWith("stepahead ");
        assertThat(home).doesNotExist();
    }

    @Test
    void givenAnH2Directory_aWriteThenARead_seeTheSameData_andErrorsExitWithTheirCodes() throws Exception {
        Path home = home();
        Path db = home.getParent().resolve("db");
        Run write =
                run(home, "--db", db.toString(), "org", "register", "--name", "МАОУ «Лицей» №21", "--kind", "LYCEUM");
        assertThat(write.code()).as(write.err()).isZero();
        assertThat(write.err()).isEmpty();
        String id = write.out().strip();
        Run read = run(home, "--db", db.toString(), "org", "show", id, "--output", "json");
        assertThat(read.code()).isZero();
        assertThat(read.out()).contains("\"name\" : \"МАОУ «Лицей» №21\"");
        Run refused = run(
                home, "--db", db.toString(), "org", "show", UUID.randomUUID().toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip().lines()).hasSize(1);
        assertThat(run(home, "--db", db.toString(), "org", "register", "--name", "X")
                        .code())
                .isEqualTo(2);
        assertThat(run(home, "--db", "jdbc:postgresql://127.0.0.1:1/x", "org", "list")
                        .code())
                .isEqualTo(3);
    }

    @Test
    void givenTheEmbeddedDefault_anImportAndAnExport_work() throws Exception {
        Path home = home();
        Run imported = run(
                home,
                "import",
                Path.of("..", "docs", "examples", "000-club-na-shag-vperedi.yaml")
                        .toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        String community = imported.out().lines().findFirst().orElseThrow();
        Run exported = run(home, "export", "--community", community);
        assertThat(exported.code()).isZero();
        assertThat(exported.out()).contains("Клуб классных руководителей «На шаг впереди»");
        assertThat(home).isDirectory();
    }

    @Test
    void givenTheShadedJar_aCalendarExport_findsTheIcal4jWriterAndParsesBack() throws Exception {
        Path home = home();
        Run imported = run(
                home,
                "import",
                Path.of("..", "docs", "examples", "002-buzuluk-support-centre.yaml")
                        .toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        String community = imported.out().lines().findFirst().orElseThrow();

        Run exported = run(home, "calendar", "export", "--community", community);

        assertThat(exported.code()).as(exported.err()).isZero();
        net.fortuna.ical4j.model.Calendar calendar =
                new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(exported.out()));
        java.util.List<net.fortuna.ical4j.model.component.VEvent> entries = calendar.getComponents("VEVENT");
        assertThat(entries)
                .hasSize(10)
                .extracting(e -> e.getProperty("RRULE")
                        .map(net.fortuna.ical4j.model.Property::getValue)
                        .orElse(""))
                .contains("FREQ=MONTHLY;UNTIL=20210831;BYDAY=3MO");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .startsWith("Центр поддержки");
    }
}
