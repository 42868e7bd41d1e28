package org.stepahead.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.stepahead.adapter.in.web.boot.StepAheadWebApplication;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.IssueApiTokenCommand;
import org.stepahead.application.port.in.account.IssueApiTokenUseCase;
import org.stepahead.application.port.in.account.ListAccountsUseCase;

/** The first administrator on the embedded H2 file, across restarts; what the database keeps of secrets. */
class FirstAdministratorTest {

    private final Path directory =
            Path.of("target", "security-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void givenTheSameH2File_restartingWithTheSameSettings_keepsOneAdministrator() {
        try (ConfigurableApplicationContext first =
                start("--stepahead.admin.user=Chief", "--stepahead.admin.password=first-secret")) {
            assertThat(accounts(first)).extracting(AccountView::username).containsExactly("Chief");
        }
        try (ConfigurableApplicationContext again =
                start("--stepahead.admin.user=chief", "--stepahead.admin.password=other")) {
            assertThat(accounts(again)).singleElement().satisfies(a -> {
                assertThat(a.username()).isEqualTo("Chief");
                assertThat(a.administrator()).isTrue();
            });
        }
        try (ConfigurableApplicationContext unconfigured =
                start("--stepahead.admin.user=", "--stepahead.admin.password=")) {
            assertThat(accounts(unconfigured)).hasSize(1);
        }
    }

    @Test
    void givenAnIssuedToken_theDatabaseHoldsOnlyItsSha256HashAndTheBcryptHashOfThePassword() throws Exception {
        String token;
        try (ConfigurableApplicationContext context =
                start("--stepahead.admin.user=chief", "--stepahead.admin.password=first-secret")) {
            AccountView chief = accounts(context).get(0);
            token = context.getBean(IssueApiTokenUseCase.class)
                    .issue(new IssueApiTokenCommand(chief.id(), "скрипт", null))
                    .value();
        }

        List<String> cells = new ArrayList<>();
        String tokenHash;
        String passwordHash;
        try (Connection c = DriverManager.getConnection(
                        "jdbc:h2:file:" + directory.resolve("stepahead") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "sa",
                        "");
                Statement s = c.createStatement()) {
            cells.addAll(everyCell(s, "select * from api_token"));
            cells.addAll(everyCell(s, "select * from user_account"));
            tokenHash = single(s, "select token_hash from api_token");
            passwordHash = single(s, "select password_hash from user_account");
        }
        assertThat(tokenHash).isEqualTo(sha256(token));
        assertThat(passwordHash).startsWith("$2");
        assertThat(cells).noneMatch(cell -> cell.contains(token) || cell.contains("first-secret"));
    }

    private ConfigurableApplicationContext start(String... admin) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--stepahead.storage=" + directory,
                "--spring.main.banner-mode=off",
                "--stepahead.security.bcrypt-strength=4"));
        args.addAll(List.of(admin));
        return SpringApplication.run(StepAheadWebApplication.class, args.toArray(String[]::new));
    }

    private static List<AccountView> accounts(ConfigurableApplicationContext context) {
        return context.getBean(ListAccountsUseCase.class).list();
    }

    private static List<String> everyCell(Statement s, String query) throws Exception {
        List<String> cells = new ArrayList<>();
        try (ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    cells.add(String.valueOf(r.getObject(i)));
                }
            }
        }
        return cells;
    }

    private static String single(Statement s, String query) throws Exception {
        try (ResultSet r = s.executeQuery(query)) {
            assertThat(r.next()).isTrue();
            String value = r.getString(1);
            assertThat(r.next()).isFalse();
            return value;
        }
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
