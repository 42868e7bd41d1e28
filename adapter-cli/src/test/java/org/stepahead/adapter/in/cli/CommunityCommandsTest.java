package org.stepahead.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code community found} with every profile option, and {@code community revise}, in-process against memory. */
class CommunityCommandsTest {

    private static String[] found(String school, String partner) {
        return new String[] {
            "community",
            "found",
            "--name",
            "Сеть наставников",
            "--kind",
            "NETWORK_SCHOOL",
            "--level",
            "MUNICIPAL",
            "--org",
            school,
            "--function",
            "resource|ресурсная поддержка",
            "--direction",
            "Методическое|семинары|мастер-классы",
            "--right",
            "Участвовать в заседаниях",
            "--partner",
            partner + "|BASE_SITE|Наставничество",
            "--tutor-function",
            "SUPPORTING|сопровождает молодых педагогов"
        };
    }

    @Test
    void givenEveryProfileOption_found_keepsThemAll() {
        try (Cli cli = Cli.memory()) {
            String school = cli.ok("org", "register", "--name", "Лицей №21", "--kind", "LYCEUM");
            String partner = cli.ok("org", "register", "--name", "Центр поддержки", "--kind", "SUPPORT_CENTRE");

            JsonNode club = cli.json("community", "show", cli.ok(found(school, partner)));

            assertThat(club.get("functions").get(0).get("function").asString()).isEqualTo("RESOURCE");
            assertThat(club.get("functions").get(0).get("description").asString())
                    .isEqualTo("ресурсная поддержка");
            assertThat(club.get("directions").get(0).get("title").asString()).isEqualTo("Методическое");
            assertThat(club.get("directions").get(0).get("items").size()).isEqualTo(2);
            assertThat(club.get("rights").get(0).asString()).isEqualTo("Участвовать в заседаниях");
            assertThat(club.get("partners").get(0).get("organizationName").asString())
                    .isEqualTo("Центр поддержки");
            assertThat(club.get("partners").get(0).get("role").asString()).isEqualTo("BASE_SITE");
            assertThat(club.get("partners").get(0).get("theme").asString()).isEqualTo("Наставничество");
            assertThat(club.get("tutorFunctions").get(0).get("function").asString())
                    .isEqualTo("SUPPORTING");
        }
    }

    @Test
    void givenDaysOff_addAndRemove_keepThemOnTheCommunity_andOverlapsAreRefusedInRussian() {
        try (Cli cli = Cli.memory()) {
            String school = cli.ok("org", "register", "--name", "Лицей №21", "--kind", "LYCEUM");
            String partner = cli.ok("org", "register", "--name", "Центр поддержки", "--kind", "SUPPORT_CENTRE");
            String club = cli.ok(found(school, partner));

            cli.ok(
                    "community",
                    "days-off",
                    "add",
                    club,
                    "--from",
                    "2026-11-20",
                    "--to",
                    "2026-11-27",
                    "--reason",
                    "карантин");
            cli.ok("community", "days-off", "add", club, "--from", "2026-11-02", "--reason", "день города");
            Cli.Result overlap = cli.run(
                    "community",
                    "days-off",
                    "add",
                    club,
                    "--from",
                    "2026-11-27",
                    "--to",
                    "2026-11-30",
                    "--reason",
                    "каникулы");
            JsonNode daysOff = cli.json("community", "show", club).get("daysOff");

            assertThat(overlap.code()).isEqualTo(1);
            assertThat(overlap.err()).contains("пересекаются", "20.11.2026", "карантин");
            assertThat(daysOff.size()).isEqualTo(2);
            assertThat(daysOff.get(0).get("from").asString()).isEqualTo("2026-11-02");
            assertThat(daysOff.get(0).get("to").asString()).isEqualTo("2026-11-02");
            assertThat(daysOff.get(1).get("reason").asString()).isEqualTo("карантин");

            cli.ok("community", "days-off", "remove", club, "--from", "2026-11-02");
            assertThat(cli.json("community", "show", club).get("daysOff").size())
                    .isEqualTo(1);
            assertThat(cli.run("community", "days-off", "remove", club, "--from", "2026-11-02")
                            .code())
                    .isNotZero();
        }
    }

    @Test
    void givenTheCurrentVersion_revise_replacesNameZoneDocumentAndProfileKeepingTheKind() {
        try (Cli cli = Cli.memory()) {
            String school = cli.ok("org", "register", "--name", "Лицей №21", "--kind", "LYCEUM");
            String partner = cli.ok("org", "register", "--name", "Центр поддержки", "--kind", "SUPPORT_CENTRE");
            String club = cli.ok(found(school, partner));
            long version = cli.json("community", "show", club).get("version").asLong();

            assertThat(cli.ok(
                            "community",
                            "revise",
                            club,
                            "--expected-version",
                            Long.toString(version),
                            "--name",
                            "Клуб наставников",
                            "--time-zone",
                            "Asia/Krasnoyarsk",
                            "--document-title",
                            "Приказ о переименовании",
                            "--document-date",
                            "2024-09-02",
                            "--goal",
                            "Наставничество",
                            "--task",
                            "Первая",
                            "--principle",
                            "Открытость",
                            "--form",
                            "SEMINAR"))
                    .isEqualTo(club);

            JsonNode revised = cli.json("community", "show", club);
            assertThat(revised.get("version").asLong()).isGreaterThan(version);
            assertThat(revised.get("name").asString()).isEqualTo("Клуб наставников");
            assertThat(revised.get("kind").asString()).isEqualTo("NETWORK_SCHOOL");
            assertThat(revised.get("timeZone").asString()).isEqualTo("Asia/Krasnoyarsk");
            assertThat(revised.get("foundingDocument").get("title").asString()).isEqualTo("Приказ о переименовании");
            assertThat(revised.get("goal").asString()).isEqualTo("Наставничество");
            assertThat(revised.get("principles").get(0).asString()).isEqualTo("Открытость");
            assertThat(revised.get("partners").size()).isZero();
            assertThat(revised.get("functions").size()).isZero();
        }
    }

    @Test
    void givenAStaleVersion_revise_exitsWithConflictAndChangesNothing() {
        try (Cli cli = Cli.memory()) {
            String school = cli.ok("org", "register", "--name", "Лицей №21", "--kind", "LYCEUM");
            String club = cli.ok(
                    "community", "found", "--name", "Клуб", "--kind", "CLUB", "--level", "SCHOOL", "--org", school);
            String first = Long.toString(
                    cli.json("community", "show", club).get("version").asLong());
            cli.ok("community", "revise", club, "--expected-version", first, "--name", "Клуб наставников");

            Cli.Result stale = cli.run("community", "revise", club, "--expected-version", first, "--name", "Другой");

            assertThat(stale.code()).isEqualTo(4);
            assertThat(cli.json("community", "show", club).get("name").asString())
                    .isEqualTo("Клуб наставников");
        }
    }

    @Test
    void givenAnUnknownFunctionOrPartnerRole_revise_exitsWithAUsageErrorNamingTheOption() {
        try (Cli cli = Cli.memory()) {
            String school = cli.ok("org", "register", "--name", "Лицей №21", "--kind", "LYCEUM");
            String club = cli.ok(
                    "community", "found", "--name", "Клуб", "--kind", "CLUB", "--level", "SCHOOL", "--org", school);
            long version = cli.json("community", "show", club).get("version").asLong();

            Cli.Result function = cli.run("community", "revise", club, "--name", "Клуб", "--function", "FLYING|x");
            Cli.Result partner = cli.run("community", "revise", club, "--name", "Клуб", "--partner", school + "|BOSS");

            assertThat(function.code()).isEqualTo(2);
            assertThat(function.err()).contains("«FLYING|x»", "--function");
            assertThat(partner.code()).isEqualTo(2);
            assertThat(partner.err()).contains("--partner");
            assertThat(cli.json("community", "show", club).get("version").asLong())
                    .isEqualTo(version);
        }
    }

    @Test
    void reviseHelp_describesEveryProfileOptionInRussianAndEnglish() {
        try (Cli cli = Cli.memory()) {
            assertThat(cli.run("community", "revise", "--help").out())
                    .contains("--tutor-function", "Функция тьютора «ФУНКЦИЯ|", "Право участника", "--expected-version");
            assertThat(cli.run("--lang", "en", "community", "revise", "--help").out())
                    .contains("A direction of activity", "A supporting organization", "A member's right");
        }
    }
}
