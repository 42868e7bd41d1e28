package org.stepahead.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository's documents: a short README, and nothing that points outside the repository or to issues. */
class DocumentsTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern OUTSIDE_OR_ISSUE = Pattern.compile(
            "(?i)\\bissues? #?\\d+|\\bstop \\d+\\b|(?<![\\w.])\\.\\./(shared|\\.library)\\b|/work/|\\(#\\d+\\)");

    private static List<Path> documents() {
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            return Stream.concat(
                            Stream.of(ROOT.resolve("README.md")),
                            docs.filter(p -> p.toString().endsWith(".md")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void givenTheReadme_itIsAtMost150Lines_andStartsWithTheRunAndTestCommands() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);

        assertThat(lines).hasSizeLessThanOrEqualTo(150);
        assertThat(lines.subList(0, 8))
                .anyMatch(line -> line.contains("java -jar adapter-web/target/stepahead-web.jar"))
                .contains("./mvnw -B verify");
    }

    @Test
    void givenEveryDocument_noneNamesAnIssueOrAPathOutsideTheRepository() {
        assertThat(documents())
                .isNotEmpty()
                .allSatisfy(document -> assertThat(Files.readString(document, StandardCharsets.UTF_8))
                        .as(document.toString())
                        .doesNotContainPattern(OUTSIDE_OR_ISSUE));
    }

    @Test
    void givenTextsThatPointAway_thePatternFindsThem() {
        assertThat(List.of("see issue 12", "(#4)", "../shared/docs/DOMAIN.md", "/work/main", "stop 9: landed"))
                .allMatch(text -> OUTSIDE_OR_ISSUE.matcher(text).find());
        assertThat(List.of("../README.md", "docs/adr/0013", "RFC 9457", "step 3 of 5"))
                .noneMatch(text -> OUTSIDE_OR_ISSUE.matcher(text).find());
    }
}
