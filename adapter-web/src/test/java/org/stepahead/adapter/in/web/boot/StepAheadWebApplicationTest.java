package org.stepahead.adapter.in.web.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

class StepAheadWebApplicationTest {

    @Test
    void tomcatWorksWithFourThreadsPerProcessorAndAtLeastEight() {
        assertThat(StepAheadWebApplication.workerThreads(1)).isEqualTo(8);
        assertThat(StepAheadWebApplication.workerThreads(2)).isEqualTo(8);
        assertThat(StepAheadWebApplication.workerThreads(4)).isEqualTo(16);
        assertThat(StepAheadWebApplication.workerThreads(16)).isEqualTo(64);
    }

    @Test
    void theServiceStartsWithThatManyWorkerThreads() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(maximumWorkerThreads(context))
                    .isEqualTo(StepAheadWebApplication.workerThreads(
                            Runtime.getRuntime().availableProcessors()));
        }
    }

    @Test
    void aConfiguredNumberOfWorkerThreadsWins() {
        try (ConfigurableApplicationContext context = start("--server.tomcat.threads.max=3")) {
            assertThat(maximumWorkerThreads(context)).isEqualTo(3);
        }
    }

    private static ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--stepahead.storage=memory:",
                "--spring.main.banner-mode=off",
                "--stepahead.admin.user=admin",
                "--stepahead.admin.password=threads-secret"));
        args.addAll(List.of(more));
        return StepAheadWebApplication.application().run(args.toArray(String[]::new));
    }

    private static int maximumWorkerThreads(ConfigurableApplicationContext context) {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        Object executor = server.getTomcat().getConnector().getProtocolHandler().getExecutor();
        return ((ThreadPoolExecutor) executor).getMaximumPoolSize();
    }
}
