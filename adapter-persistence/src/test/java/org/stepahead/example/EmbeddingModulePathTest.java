package org.stepahead.example;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;
import org.jmolecules.stereotype.Stereotype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepahead.application.StepAhead;
import org.stepahead.domain.program.Program;

/**
 * The domain and application jars work as named modules: with them (and their requirements) on the module path and
 * the stores on the class path, the embedding example runs in a JVM of its own, on the in-memory store and on H2.
 */
class EmbeddingModulePathTest {

    private static final List<Class<?>> MODULES = List.of(
            StepAhead.class, Program.class, AggregateRoot.class, DomainEvent.class, Stereotype.class, Validation.class);

    private static Path location(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String run(String storage) throws IOException, InterruptedException {
        List<Path> modulePath = MODULES.stream()
                .map(EmbeddingModulePathTest::location)
                .distinct()
                .toList();
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String classPath = Arrays.stream(testClassPath.split(File.pathSeparator))
                .filter(entry -> !modulePath.contains(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(Stream.of(
                                java,
                                "--module-path",
                                modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                                "--add-modules",
                                "org.stepahead.application",
                                "-cp",
                                classPath,
                                EmbeddingOnTheModulePath.class.getName(),
                                storage)
                        .toList())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void givenTheLibraryOnTheModulePath_theExample_runsOnTheInMemoryStore() throws Exception {
        assertThat(run("memory:"))
                .contains("application module: org.stepahead.application")
                .contains("domain module: org.stepahead.domain")
                .contains("program: Программа клуба")
                .containsPattern("refused: \\[.*не должно быть пустым")
                .containsPattern("refused in English: \\[.*must not be blank")
                .contains("rule: The required field \"name\" is missing.");
    }

    @Test
    void givenTheLibraryOnTheModulePath_theExample_runsOnAnH2File(@TempDir Path home) throws Exception {
        assertThat(run(home.toString()))
                .contains("application module: org.stepahead.application")
                .contains("program: Программа клуба");
    }
}
