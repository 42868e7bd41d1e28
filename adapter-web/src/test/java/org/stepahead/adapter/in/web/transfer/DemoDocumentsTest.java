package org.stepahead.adapter.in.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stepahead.adapter.in.web.boot.StepAheadWebApplication;
import org.stepahead.application.port.in.access.ResolveAccessUseCase;
import org.stepahead.application.port.in.account.AccountCredentials;
import org.stepahead.application.port.in.account.AccountView;
import org.stepahead.application.port.in.account.AuthenticateAccountUseCase;
import org.stepahead.application.port.in.account.ListAccountsUseCase;
import org.stepahead.application.port.in.community.CommunityView;
import org.stepahead.application.port.in.community.ListCommunitiesUseCase;
import org.stepahead.application.port.in.transfer.CommunityDocument;
import org.stepahead.domain.community.CommunityId;
import org.stepahead.domain.membership.Role;

/** The demo switch: the five seed documents of docs/examples, loaded once on an H2 file however often it starts. */
class DemoDocumentsTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    private static List<String> names(ConfigurableApplicationContext context) {
        return context.getBean(ListCommunitiesUseCase.class).list().stream()
                .map(CommunityView::name)
                .toList();
    }

    private static ConfigurableApplicationContext start(Path home, boolean demo) {
        return new SpringApplicationBuilder(StepAheadWebApplication.class)
                .run(
                        "--server.port=0",
                        "--stepahead.storage=" + home.toAbsolutePath(),
                        "--stepahead.demo=" + demo,
                        "--stepahead.admin.user=admin",
                        "--stepahead.admin.password=secret");
    }

    @Test
    void givenTheDemoSwitch_startingTwiceOnTheSameH2File_loadsTheFiveSeedCommunitiesOnce() throws IOException {
        Path home = Files.createTempDirectory(Path.of("target"), "demo-h2-");
        List<String> expected = seedCommunityNames();
        assertThat(expected).hasSize(5);

        try (ConfigurableApplicationContext first = start(home, true)) {
            assertThat(first.getEnvironment().getProperty("stepahead.storage"))
                    .isEqualTo(home.toAbsolutePath().toString());
            assertThat(names(first)).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(home.resolve("stepahead.mv.db")).exists();
        try (ConfigurableApplicationContext second = start(home, true)) {
            assertThat(names(second)).hasSize(5).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(second.getBean(ListAccountsUseCase.class).list())
                    .extracting(AccountView::username)
                    .containsOnlyOnce(DemoAccount.USERNAME);
        }
    }

    @Test
    void givenTheDemoSwitch_starting_makesTheDocumentedDemoAccountCoordinatorOfEveryDemoCommunity() throws IOException {
        Path home = Files.createTempDirectory(Path.of("target"), "demo-account-");

        try (ConfigurableApplicationContext context = start(home, true)) {
            AccountCredentials demo = context.getBean(AuthenticateAccountUseCase.class)
                    .byUsername("demo")
                    .orElseThrow();
            Map<CommunityId, Set<Role>> roles = context.getBean(ResolveAccessUseCase.class)
                    .rolesOf(demo.account().educatorId());

            assertThat(context.getBean(PasswordEncoder.class).matches("demo-step-ahead", demo.passwordHash()))
                    .isTrue();
            assertThat(demo.account().administrator()).isFalse();
            assertThat(roles)
                    .hasSize(5)
                    .allSatisfy((community, set) -> assertThat(set).contains(Role.COORDINATOR));
        }
    }

    @Test
    void givenNoDemoSwitch_starting_loadsNothing() throws IOException {
        Path home = Files.createTempDirectory(Path.of("target"), "plain-h2-");

        try (ConfigurableApplicationContext context = start(home, false)) {
            assertThat(context.getBeansOfType(DemoDocuments.class)).isEmpty();
            assertThat(names(context)).isEmpty();
        }
    }

    private static List<String> seedCommunityNames() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .sorted()
                    .map(DemoDocumentsTest::read)
                    .map(d -> d.community().name())
                    .toList();
        }
    }

    private static CommunityDocument read(Path file) {
        try {
            return DocumentFormat.YAML.read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
