package org.stepahead.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The messages of the rules: Russian by default, English on request, and a message in both languages for every
 * code the model uses (read from the sources, so a code added without its messages fails the build).
 */
class DomainRuleViolationTest {

    private static final Path SOURCES = Paths.get("src/main/java");
    private static final Pattern CODE =
            Pattern.compile("(?:new\\s+(?:[\\w.]+\\.)?DomainRuleViolation|super)\\(\\s*\"([^\"]+)\"");
    /** The code {@link Texts} uses for every required value. */
    private static final String REQUIRED = "required";

    @Test
    void givenAViolation_getMessage_isRussian() {
        DomainRuleViolation violation = new DomainRuleViolation("program.approve.needsGoal");

        assertThat(violation.getMessage()).isEqualTo("Программу нельзя утвердить без цели.");
        assertThat(violation.code()).isEqualTo("program.approve.needsGoal");
    }

    @Test
    void givenEnglish_message_isEnglish() {
        DomainRuleViolation violation = new DomainRuleViolation("program.approve.needsGoal");

        assertThat(violation.message(Locale.ENGLISH)).isEqualTo("A program cannot be approved without a goal.");
    }

    @Test
    void givenALanguageWithoutMessages_message_isRussian() {
        DomainRuleViolation violation = new DomainRuleViolation("minutes.emptyAgenda");

        assertThat(violation.message(Locale.GERMAN)).isEqualTo(violation.getMessage());
    }

    @Test
    void givenANumberArgument_message_writesItWithoutGrouping() {
        DomainRuleViolation violation = new DomainRuleViolation("academicYear.invalid", 3000);

        assertThat(violation.getMessage())
                .contains("3000")
                .doesNotContain("3 000")
                .doesNotContain("3\u00a0000");
        assertThat(violation.message(Locale.ENGLISH)).contains("3000").doesNotContain("3,000");
    }

    @Test
    void givenArguments_message_fillsThemIn() {
        DomainRuleViolation violation = new DomainRuleViolation("required", "surname");

        assertThat(violation.getMessage()).isEqualTo("Не заполнено обязательное поле «surname».");
        assertThat(violation.message(Locale.ENGLISH)).isEqualTo("The required field \"surname\" is missing.");
        assertThat(violation.arguments()).containsExactly("surname");
    }

    @Test
    void givenAnUnknownCode_message_isTheCodeWithItsArguments() {
        DomainRuleViolation violation = new DomainRuleViolation("no.such.rule", 42);

        assertThat(violation.getMessage()).isEqualTo("no.such.rule [42]");
    }

    @Test
    void givenArgumentsChangedAfterwards_violation_keepsItsOwnCopy() {
        Object[] arguments = {"surname"};
        DomainRuleViolation violation = new DomainRuleViolation("required", arguments);

        arguments[0] = "changed";
        violation.arguments()[0] = "changed too";

        assertThat(violation.arguments()).containsExactly("surname");
    }

    @Test
    void givenNotFound_code_isNotFound() {
        NotFound notFound = new NotFound("stage", 7);

        assertThat(notFound).isInstanceOf(DomainRuleViolation.class);
        assertThat(notFound.code()).isEqualTo("notFound");
        assertThat(notFound.message(Locale.ENGLISH)).isEqualTo("Not found: stage 7.");
    }

    @Test
    void givenTheSources_everyCodeUsed_hasARussianAndAnEnglishMessage() throws IOException {
        Set<String> used = codesUsedInSources();
        assertThat(used).as("codes found in %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(40);

        assertThat(bundle("messages.properties").stringPropertyNames())
                .as("Russian messages")
                .containsAll(used);
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .as("English messages")
                .containsAll(used);
    }

    @Test
    void givenBothBundles_keys_areTheSame() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        bundle("messages.properties").stringPropertyNames());
    }

    static Stream<String> everyCode() throws IOException {
        return bundle("messages.properties").stringPropertyNames().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCode")
    void givenEveryCode_messages_formatInBothLanguages(String code) {
        DomainRuleViolation violation = new DomainRuleViolation(code, "A", "B", "C");
        String fallback = code + " [A, B, C]";

        assertThat(violation.getMessage())
                .isNotEqualTo(fallback)
                .doesNotContain("{0}")
                .isNotBlank();
        assertThat(violation.message(Locale.ENGLISH))
                .isNotEqualTo(fallback)
                .doesNotContain("{0}")
                .isNotEqualTo(violation.getMessage());
    }

    private static Set<String> codesUsedInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        codes.add(REQUIRED);
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DomainRuleViolation.class.getResourceAsStream("/org/stepahead/domain/" + name);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
