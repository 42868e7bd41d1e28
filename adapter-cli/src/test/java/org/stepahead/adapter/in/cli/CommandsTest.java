package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Every subcommand in-process, in the order a coordinator would use them, against memory and an H2 directory. */
class CommandsTest {

    static Cli cli(String store) {
        return Cli.of(store, Path.of("target", "cli-h2", UUID.randomUUID().toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void givenAnEmptyStore_everySubcommand_worksInTurn(String store) {
        try (Cli cli = cli(store)) {
            String school = cli.ok(
                    "org",
                    "register",
                    "--name",
                    "МАОУ «Лицей» №21",
                    "--short-name",
                    "Лицей №21",
                    "--kind",
                    "lyceum",
                    "--municipality",
                    "Тамбов",
                    "--low-results");
            String centre = cli.ok("org", "register", "--name", "Центр поддержки", "--kind", "SUPPORT_CENTRE");
            assertThat(cli.run("org", "list").out())
                    .contains("Лицей №21", "Центр поддержки", "Краткое название")
                    .doesNotContain("LYCEUM");
            assertThat(cli.run("--lang", "en", "org", "list").out()).contains("Short name", "LYCEUM");
            JsonNode shown = cli.json("org", "show", school);
            assertThat(shown.get("id").asString()).isEqualTo(school);
            assertThat(shown.get("lowResults").asBoolean()).isTrue();
            assertThat(cli.run("org", "list", "--output", "csv").out())
                    .startsWith("Идентификатор,Название,")
                    .contains("LYCEUM")
                    .contains("\"МАОУ «Лицей» №21\"");

            String ivanova = cli.ok(
                    "educator",
                    "register",
                    "--surname",
                    "Иванова",
                    "--given-name",
                    "Анна",
                    "--patronymic",
                    "Петровна",
                    "--org",
                    school,
                    "--experience",
                    "EXPERIENCED",
                    "--email",
                    "ivanova@example.org");
            assertThat(cli.ok("--output", "json", "educator", "show", ivanova))
                    .contains("\"email\" : \"ivanova@example.org\"")
                    .contains("\"fullName\" : \"Иванова Анна Петровна\"");
            assertThat(cli.ok("--lang", "en", "educator", "show", ivanova))
                    .contains("E-mail")
                    .contains("ivanova@example.org");
            String petrov = cli.ok(
                    "educator",
                    "register",
                    "--surname",
                    "Петров",
                    "--given-name",
                    "Олег",
                    "--org",
                    centre,
                    "--experience",
                    "young");
            String sidorova = cli.ok(
                    "educator",
                    "register",
                    "--surname",
                    "Сидорова",
                    "--given-name",
                    "Мария",
                    "--org",
                    school,
                    "--experience",
                    "EXPERIENCED");

            String club = cli.ok(
                    "community",
                    "found",
                    "--name",
                    "Клуб «На шаг впереди»",
                    "--kind",
                    "CLUB",
                    "--level",
                    "SCHOOL",
                    "--org",
                    school,
                    "--goal",
                    "Развитие",
                    "--task",
                    "Первая",
                    "--task",
                    "Вторая",
                    "--form",
                    "SEMINAR,MASTER_CLASS");
            assertThat(cli.run("community", "list").out()).contains("Клуб «На шаг впереди»");
            JsonNode community = cli.json("community", "show", club);
            assertThat(community.get("tasks").size()).isEqualTo(2);
            assertThat(community.get("coordinatingOrganizationName").asString()).isEqualTo("МАОУ «Лицей» №21");
            assertThat(cli.run("community", "show", club).out()).contains("Цель", "Развитие");

            String tutor = cli.ok(
                    "member",
                    "admit",
                    "--community",
                    club,
                    "--educator",
                    ivanova,
                    "--role",
                    "MEMBER,TUTOR",
                    "--joined-on",
                    "2025-09-01",
                    "--consent-given-on",
                    "2025-08-30",
                    "--consent-basis",
                    "заявление");
            String tutee = cli.ok(
                    "member",
                    "admit",
                    "--community",
                    club,
                    "--educator",
                    petrov,
                    "--role",
                    "member,tutee",
                    "--joined-on",
                    "2025-09-01",
                    "--consent-given-on",
                    "2025-09-01");
            String third = cli.ok(
                    "member",
                    "admit",
                    "--community",
                    club,
                    "--educator",
                    sidorova,
                    "--role",
                    "MEMBER",
                    "--joined-on",
                    "2025-09-01",
                    "--consent-given-on",
                    "2025-09-01");
            cli.ok("member", "roles", third, "--role", "MEMBER,EXPERT", "--expected-version", "1");
            cli.ok(
                    "tutoring",
                    "link",
                    "--tutee",
                    tutee,
                    "--tutor",
                    tutor,
                    "--function",
                    "CONSULTING",
                    "--since",
                    "2025-09-15");
            cli.ok("tutoring", "end", "--tutee", tutee, "--tutor", tutor, "--until", "2026-05-31");
            JsonNode accompanied = cli.json("member", "show", tutee);
            assertThat(accompanied.get("tutors").get(0).get("tutorId").asString())
                    .isEqualTo(tutor);
            assertThat(accompanied.get("tutors").get(0).get("until").asString()).isEqualTo("2026-05-31");
            assertThat(cli.run("member", "show", tutee).out()).contains("Тьюторы", tutor, "CONSULTING");

            JsonNode register = cli.json("member", "list", "--community", club);
            assertThat(register.get("total").asLong()).isEqualTo(3);
            assertThat(register.get("page").asInt()).isEqualTo(1);
            assertThat(register.get("items").get(0).get("surname").asString()).isEqualTo("Иванова");
            assertThat(cli.json("member", "list", "--community", club, "--role", "EXPERT")
                            .get("total")
                            .asLong())
                    .isEqualTo(1);
            assertThat(cli.json("member", "list", "--community", club, "--org", centre)
                            .get("total")
                            .asLong())
                    .isEqualTo(1);
            assertThat(cli.json("member", "list", "--community", club, "--name", "сидор")
                            .get("total")
                            .asLong())
                    .isEqualTo(1);
            assertThat(cli.json("member", "list", "--community", club, "--sort", "name", "--desc")
                            .get("items")
                            .get(0)
                            .get("surname")
                            .asString())
                    .isEqualTo("Сидорова");
            assertThat(cli.run("member", "list", "--community", club, "--sort", "age")
                            .err())
                    .contains("--sort");
            assertThat(cli.run("member", "list", "--community", club, "--size", "2")
                            .out())
                    .contains("ФИО", "Иванова", "Петров", "Страница 1 из 2, всего 3.");
            cli.ok("member", "leave", third, "--on", "2026-06-01");
            assertThat(cli.json("member", "list", "--community", club)
                            .get("total")
                            .asLong())
                    .isEqualTo(2);
            assertThat(cli.json("member", "list", "--community", club, "--former")
                            .get("total")
                            .asLong())
                    .isEqualTo(3);

            String program = cli.ok(
                    "program",
                    "draft",
                    "--community",
                    club,
                    "--kind",
                    "SUBPROGRAM",
                    "--title",
                    "Подпрограмма",
                    "--goal",
                    "Цель",
                    "--start",
                    "2026-01-01",
                    "--end",
                    "2026-12-31");
            cli.ok(
                    "program",
                    "revise",
                    program,
                    "--kind",
                    "PROGRAM",
                    "--title",
                    "Программа клуба",
                    "--goal",
                    "Сопровождение",
                    "--task",
                    "Задача 1",
                    "--start",
                    "2026-01-01",
                    "--end",
                    "2027-12-31");
            String first = cli.ok(
                    "stage",
                    "add",
                    "--program",
                    program,
                    "--name",
                    "Подготовительный",
                    "--kind",
                    "PREPARATORY",
                    "--start",
                    "2026-01-01",
                    "--end",
                    "2026-12-31");
            String second = cli.ok(
                    "stage",
                    "add",
                    "--program",
                    program,
                    "--name",
                    "Основной",
                    "--kind",
                    "ACTIVITY",
                    "--start",
                    "2027-01-01",
                    "--end",
                    "2027-06-30");
            cli.ok(
                    "stage",
                    "revise",
                    second,
                    "--program",
                    program,
                    "--name",
                    "Деятельностный",
                    "--kind",
                    "ACTIVITY",
                    "--start",
                    "2027-01-01",
                    "--end",
                    "2027-12-31",
                    "--description",
                    "Работа");
            String direction = cli.ok("direction", "add", "--program", program, "--code", "1", "--title", "Методика");
            cli.ok(
                    "direction",
                    "revise",
                    direction,
                    "--program",
                    program,
                    "--code",
                    "I",
                    "--title",
                    "Методическая работа");
            String activity = cli.ok(
                    "activity",
                    "add",
                    "--program",
                    program,
                    "--number",
                    "1",
                    "--title",
                    "Семинары",
                    "--direction",
                    direction,
                    "--stage",
                    first,
                    "--form",
                    "SEMINAR",
                    "--schedule",
                    "{kind: RECURRING, times: 2, per: MONTH, text: \"2 раза в месяц\"}",
                    "--responsible",
                    "Иванова А.П.");
            cli.ok(
                    "activity",
                    "revise",
                    activity,
                    "--program",
                    program,
                    "--number",
                    "1",
                    "--title",
                    "Семинары клуба",
                    "--stage",
                    first,
                    "--schedule-text",
                    "ежемесячно",
                    "--tutor-function",
                    "CONSULTING");
            String result = cli.ok(
                    "result",
                    "add",
                    "--program",
                    program,
                    "--text",
                    "Положение клуба",
                    "--kind",
                    "PRODUCT",
                    "--stage",
                    first);
            cli.ok(
                    "result",
                    "revise",
                    result,
                    "--program",
                    program,
                    "--text",
                    "Положение клуба принято",
                    "--kind",
                    "PRODUCT",
                    "--stage",
                    first,
                    "--details",
                    "документ");
            String indicator = cli.ok(
                    "indicator",
                    "add",
                    "--program",
                    program,
                    "--name",
                    "Доля участников",
                    "--unit",
                    "%",
                    "--baseline",
                    "10",
                    "--target",
                    "50");
            cli.ok(
                    "indicator",
                    "revise",
                    indicator,
                    "--program",
                    program,
                    "--name",
                    "Доля активных участников",
                    "--unit",
                    "%",
                    "--baseline",
                    "10",
                    "--target",
                    "60");
            cli.ok(
                    "program",
                    "approve",
                    program,
                    "--by-position",
                    "Директор",
                    "--by-name",
                    "Смирнова О.В.",
                    "--on",
                    "2025-12-20",
                    "--order-number",
                    "15",
                    "--agreed-by",
                    "Председатель совета|Кузнецов");
            cli.ok("stage", "start", first, "--program", program, "--on", "2026-01-10");
            cli.ok(
                    "result",
                    "assess",
                    result,
                    "--program",
                    program,
                    "--outcome",
                    "ACHIEVED",
                    "--on",
                    "2026-06-01",
                    "--evidence",
                    "DOCUMENT|Положение|https://example.org/p.pdf");
            cli.ok("indicator", "measure", indicator, "--program", program, "--on", "2026-06-01", "--value", "35.5");

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
                    "2026-03-16",
                    "--starts-at",
                    "15:00",
                    "--ends-at",
                    "16:30",
                    "--place",
                    "Актовый зал",
                    "--facilitator",
                    "Иванова А.П.");
            String standalone = cli.ok(
                    "event",
                    "schedule",
                    "--community",
                    club,
                    "--title",
                    "Встреча",
                    "--form",
                    "MEETING",
                    "--date",
                    "2026-04-01");
            cli.ok(
                    "event",
                    "attend",
                    event,
                    "--present",
                    tutor + "," + tutee,
                    "--absent",
                    third,
                    "--guest",
                    "Орлова|Гимназия №2");
            cli.ok(
                    "event",
                    "minutes",
                    event,
                    "--number",
                    "3",
                    "--date",
                    "2026-03-16",
                    "--chair",
                    "Иванова",
                    "--topic",
                    "О плане",
                    "--heard",
                    "Иванову",
                    "--decided",
                    "Принять",
                    "--topic",
                    "Разное");
            JsonNode events =
                    cli.json("event", "list", "--community", club, "--from", "2026-01-01", "--to", "2026-12-31");
            assertThat(events.size()).isEqualTo(2);
            JsonNode held = cli.json("event", "show", event);
            assertThat(held.get("presentMembers").asInt()).isEqualTo(2);
            assertThat(held.get("guests").asInt()).isEqualTo(1);
            assertThat(held.get("minutes").get("agenda").size()).isEqualTo(2);
            assertThat(cli.json("event", "show", standalone).get("title").asString())
                    .isEqualTo("Встреча");
            assertThat(cli.run("event", "list", "--community", club).out()).contains("Актовый зал", "Протокол");

            cli.ok("stage", "close", first, "--program", program, "--on", "2026-12-31");
            JsonNode programs = cli.json("program", "list", "--community", club);
            assertThat(programs.get(0).get("title").asString()).isEqualTo("Программа клуба");
            JsonNode overview = cli.json("program", "show", program);
            assertThat(overview.get("status").asString()).isEqualTo("APPROVED");
            assertThat(overview.get("stages").get(0).get("status").asString()).isEqualTo("CLOSED");
            assertThat(overview.get("stages").get(1).get("name").asString()).isEqualTo("Деятельностный");
            JsonNode planned = overview.get("stages").get(0).get("activities").get(0);
            assertThat(planned.get("title").asString()).isEqualTo("Семинары клуба");
            assertThat(planned.get("schedule").get("kind").asString()).isEqualTo("RECURRING");
            assertThat(planned.get("schedule").get("times").asInt()).isEqualTo(1);
            assertThat(planned.get("schedule").get("per").asString()).isEqualTo("MONTH");
            assertThat(planned.get("schedule").get("text").asString()).isEqualTo("ежемесячно");
            assertThat(overview.get("directions").get(0).get("code").asString()).isEqualTo("I");
            assertThat(overview.get("stages")
                            .get(0)
                            .get("results")
                            .get(0)
                            .get("outcome")
                            .asString())
                    .isEqualTo("ACHIEVED");
            assertThat(overview.get("indicators").get(0).get("latest").decimalValue())
                    .isEqualByComparingTo("35.5");
            assertThat(overview.get("approval")
                            .get("agreedBy")
                            .get(0)
                            .get("name")
                            .asString())
                    .isEqualTo("Кузнецов");
            assertThat(cli.run("program", "show", program).out())
                    .contains(
                            "Этап 1. Подготовительный",
                            "Семинары клуба",
                            "Положение клуба принято",
                            "Целевые показатели");
            assertThat(cli.run("program", "show", program, "--output", "csv").out())
                    .contains("Программа клуба");
        }
    }
}
