package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit codes and error messages: one sentence on stderr, a stack trace only with --verbose. */
class ExitCodesTest {

    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/x";

    @Test
    void givenHelpOrVersion_atAnyLevel_exitsZeroWithoutTouchingTheStorage() {
        try (Cli cli = Cli.plain()) {
            Cli.Result help = cli.run("--db", UNREACHABLE, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Использование: stepahead", "Коды завершения:", "хранилище недоступно");
            assertThat(cli.run("--db", UNREACHABLE, "member", "list", "--help").out())
                    .contains("--community");
            assertThat(cli.run("--db", UNREACHABLE, "event", "minutes", "-h").code())
                    .isZero();
            assertThat(cli.run("--db", UNREACHABLE, "--version").out()).startsWith("stepahead ");
            assertThat(cli.run("--lang", "en", "org", "--help").out()).contains("Usage:", "Exit codes:");
        }
    }

    @Test
    void givenNoSubcommand_printsTheUsage_andExitsTwo() {
        try (Cli cli = Cli.memory()) {
            Cli.Result result = cli.run();
            assertThat(result.code()).isEqualTo(2);
            assertThat(result.err()).contains("Использование:");
        }
    }

    @Test
    void givenAMissingOrUnknownOption_exitsTwoNamingIt() {
        try (Cli cli = Cli.memory()) {
            Cli.Result missing = cli.run("org", "register", "--name", "Школа");
            assertThat(missing.code()).isEqualTo(2);
            assertThat(missing.err())
                    .contains("не указано обязательное: --kind")
                    .doesNotContain("at picocli");
            Cli.Result unknown = cli.run("org", "register", "--name", "Школа", "--nmae", "Школа", "--kind", "SCHOOL");
            assertThat(unknown.code()).isEqualTo(2);
            assertThat(unknown.err()).contains("--nmae");
            assertThat(cli.run("org", "fly").code()).isEqualTo(2);
            Cli.Result twice = cli.run("org", "list", "--output", "json", "--output", "csv");
            assertThat(twice.code()).isEqualTo(2);
            assertThat(twice.err()).contains("указано дважды: --output");
        }
    }

    @Test
    void givenMalformedValues_exitsTwoNamingTheOption() {
        try (Cli cli = Cli.memory()) {
            Cli.Result kind = cli.run("org", "register", "--name", "Школа", "--kind", "CASTLE");
            assertThat(kind.code()).isEqualTo(2);
            assertThat(kind.err()).contains("«CASTLE»", "--kind");
            Cli.Result id = cli.run("org", "show", "not-a-uuid");
            assertThat(id.code()).isEqualTo(2);
            assertThat(id.err()).contains("not-a-uuid");
            Cli.Result date = cli.run(
                    "program",
                    "draft",
                    "--community",
                    UUID.randomUUID().toString(),
                    "--kind",
                    "PROGRAM",
                    "--title",
                    "П",
                    "--start",
                    "01.01.2026",
                    "--end",
                    "2026-12-31");
            assertThat(date.code()).isEqualTo(2);
            assertThat(date.err()).contains("01.01.2026", "--start");
            assertThat(cli.run("--output", "xml", "org", "list").code()).isEqualTo(2);
            assertThat(cli.run("--lang", "de", "org", "list").code()).isEqualTo(2);
        }
    }

    @Test
    void givenAnInvalidCommand_exitsTwoNamingTheField_inTheChosenLanguage() {
        try (Cli cli = Cli.memory()) {
            Cli.Result ru = cli.run("org", "register", "--name", " ", "--kind", "SCHOOL");
            assertThat(ru.code()).isEqualTo(2);
            assertThat(ru.err()).startsWith("Неверные данные: name:");
            Cli.Result en = cli.run("--lang", "en", "org", "register", "--name", " ", "--kind", "SCHOOL");
            assertThat(en.err()).startsWith("Invalid input: name:");
        }
    }

    @Test
    void givenADomainRuleRefusal_exitsOne_withTheRuleInOneSentence() {
        try (Cli cli = Cli.memory()) {
            Cli.Result notFound = cli.run("org", "show", UUID.randomUUID().toString());
            assertThat(notFound.code()).isEqualTo(1);
            assertThat(notFound.err()).startsWith("Отказ: ").doesNotContain("\tat ");
            assertThat(notFound.err().strip().lines()).hasSize(1);
            Cli.Result verbose =
                    cli.run("--verbose", "org", "show", UUID.randomUUID().toString());
            assertThat(verbose.code()).isEqualTo(1);
            assertThat(verbose.err()).contains("\tat ");
        }
    }

    @Test
    void givenAnUnreachableDatabase_exitsThree() {
        try (Cli cli = Cli.plain()) {
            Cli.Result result = cli.run("--db", UNREACHABLE, "org", "list");
            assertThat(result.code()).isEqualTo(3);
            assertThat(result.err()).startsWith("Хранилище недоступно: ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void givenAStaleExpectedVersion_exitsFour(String store) {
        try (Cli cli = CommandsTest.cli(store)) {
            String school = cli.ok("org", "register", "--name", "Школа", "--kind", "SCHOOL");
            String educator = cli.ok(
                    "educator",
                    "register",
                    "--surname",
                    "Иванова",
                    "--given-name",
                    "Анна",
                    "--experience",
                    "EXPERIENCED",
                    "--org",
                    school);
            String club = cli.ok(
                    "community", "found", "--name", "Клуб", "--kind", "CLUB", "--level", "SCHOOL", "--org", school);
            String member = cli.ok(
                    "member",
                    "admit",
                    "--community",
                    club,
                    "--educator",
                    educator,
                    "--role",
                    "MEMBER",
                    "--joined-on",
                    "2025-09-01",
                    "--consent-given-on",
                    "2025-09-01");
            cli.ok("member", "roles", member, "--role", "MEMBER,EXPERT", "--expected-version", "1");
            Cli.Result stale = cli.run("member", "roles", member, "--role", "MEMBER", "--expected-version", "1");
            assertThat(stale.code()).isEqualTo(4);
            assertThat(stale.err()).startsWith("Конфликт: ");
        }
    }
}
