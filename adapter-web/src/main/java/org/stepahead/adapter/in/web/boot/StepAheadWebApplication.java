package org.stepahead.adapter.in.web.boot;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web service: the REST API over the use cases, on the storage named by {@code stepahead.storage}. */
@SpringBootApplication(scanBasePackages = "org.stepahead.adapter.in.web")
public class StepAheadWebApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /**
     * The service as {@link #main} starts it: the storage opens while the rest is built ({@link StorageOpening}), and
     * Tomcat works with {@link #workerThreads} threads unless {@code server.tomcat.threads.max} is set.
     */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(StepAheadWebApplication.class);
        application.addListeners(new StorageOpening());
        int threads = workerThreads(Runtime.getRuntime().availableProcessors());
        application.setDefaultProperties(
                Map.of("server.tomcat.threads.max", threads, "server.tomcat.threads.min-spare", Math.min(threads, 10)));
        return application;
    }

    /**
     * Tomcat's worker threads by default: four per processor, at least eight — not Tomcat's 200. A request works on
     * the processor (the embedded database runs in the service) or waits for one of the storage's ten connections, so
     * more threads than that only take turns: with 200 threads on two processors the p99 of a program overview was
     * 45–50 ms, with eight 18–19 ms at a higher throughput (docs/performance.md). The defaults are the lowest-ranking
     * properties: {@code --server.tomcat.threads.max}, the environment or {@code application.yaml} override them.
     */
    static int workerThreads(int processors) {
        return Math.max(8, 4 * processors);
    }
}
