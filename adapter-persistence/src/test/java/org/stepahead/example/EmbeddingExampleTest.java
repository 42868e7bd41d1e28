package org.stepahead.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepahead.application.port.in.program.ProgramOverview;

/** The README's embedding example is this compiled class, and it runs on the in-memory store and on an H2 file. */
class EmbeddingExampleTest {

    @Test
    void givenTheInMemoryStore_theExample_draftsTheClubsProgramAndReadsItBack() {
        ProgramOverview overview = EmbeddingExample.run("memory:");

        assertThat(overview.title()).isEqualTo("Программа клуба");
        assertThat(overview.goal()).isEqualTo("Сопровождение");
    }

    @Test
    void givenAnH2FileInADirectory_theExample_draftsTheClubsProgramAndItStaysThere(@TempDir Path home)
            throws IOException {
        ProgramOverview overview = EmbeddingExample.run(home.toString());

        assertThat(overview.title()).isEqualTo("Программа клуба");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(name -> name.endsWith(".mv.db"));
        }
    }

    @Test
    void givenTheReadme_itsEmbeddingExample_isThisClassWordForWord() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Using it embedded");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String shown = readme.substring(start, readme.indexOf("```", start));
        String source = Files.readString(
                Path.of("src/test/java/org/stepahead/example/EmbeddingExample.java"), StandardCharsets.UTF_8);
        String compiled = source.substring(source.indexOf("import "));

        assertThat(section).isNotNegative();
        assertThat(shown).isEqualTo(compiled);
    }
}
