package org.stepahead.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.stepahead.domain.membership.Role;
import org.stepahead.domain.program.ProgramStatus;
import org.stepahead.domain.shared.DomainRuleViolation;
import org.stepahead.domain.shared.NotFound;
import org.stepahead.domain.shared.Occurrences;
import org.stepahead.domain.shared.Schedule;

/**
 * The texts of the model for people: Russian by default, English on request, and both for every rule code the
 * modules throw and every enum constant of the domain (read from the sources, so a code or a value added without its
 * texts fails the build).
 */
class MessagesTest {

    private static final Path MODULES = Path.of("..");
    private static final List<String> MODULES_WITH_RULES =
            List.of("domain", "application", "adapter-web", "adapter-cli", "adapter-persistence");
    private static final Path DOMAIN_SOURCES = MODULES.resolve("domain/src/main/java");
    private static final Pattern THROWN_CODE =
            Pattern.compile("new\\s+(?:[\\w.]+\\.)?DomainRuleViolation\\(\\s*\"([^\"]+)\"");
    private static final Pattern ENUM = Pattern.compile("\\benum\\s+(\\w+)\\s*\\{");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    /** Codes given by the domain's helpers rather than written at a throw: Texts' required value, NotFound. */
    private static final Set<String> CODES_OF_HELPERS = Set.of("required", "notFound");

    @Test
    void givenNoLocale_ruleMessage_isRussian() {
        DomainRuleViolation violation = new DomainRuleViolation("program.approve.needsGoal");

        assertThat(Messages.ruleMessage(violation, Messages.RUSSIAN)).isEqualTo("Программу нельзя утвердить без цели.");
        assertThat(Messages.ruleMessage(violation, null)).isEqualTo("Программу нельзя утвердить без цели.");
    }

    @Test
    void givenEnglish_ruleMessage_isEnglish() {
        DomainRuleViolation violation = new DomainRuleViolation("program.approve.needsGoal");

        assertThat(Messages.ruleMessage(violation, Locale.ENGLISH))
                .isEqualTo("A program cannot be approved without a goal.");
        assertThat(Messages.ruleMessage(violation, Locale.UK))
                .isEqualTo("A program cannot be approved without a goal.");
    }

    @Test
    void givenDates_ruleMessage_writesThemAsRussianDocumentsDo_andIsoInEnglish() {
        DomainRuleViolation violation = new DomainRuleViolation(
                "activity.scheduleOutsidePeriod",
                "декабрь 2027",
                java.time.LocalDate.of(2026, 8, 1),
                java.time.LocalDate.of(2027, 5, 31));

        assertThat(Messages.ruleMessage(violation, Messages.RUSSIAN))
                .isEqualTo("Срок «декабрь 2027» вне периода (01.08.2026 — 31.05.2027).");
        assertThat(Messages.ruleMessage(violation, Locale.ENGLISH))
                .isEqualTo("The schedule \"декабрь 2027\" is outside the period (2026-08-01 to 2027-05-31).");
    }

    @Test
    void givenALanguageWithoutMessages_ruleMessage_isRussian() {
        DomainRuleViolation violation = new DomainRuleViolation("minutes.emptyAgenda");

        assertThat(Messages.ruleMessage(violation, Locale.GERMAN))
                .isEqualTo(Messages.ruleMessage(violation, Messages.RUSSIAN))
                .isEqualTo("В протоколе должен быть хотя бы один вопрос повестки.");
    }

    @Test
    void givenNumberArguments_ruleMessage_writesThemWithoutGrouping() {
        DomainRuleViolation year = new DomainRuleViolation("academicYear.invalid", 3000);
        DomainRuleViolation decimal = new DomainRuleViolation("academicYear.invalid", new BigDecimal("1E+4"));

        assertThat(Messages.ruleMessage(year, Messages.RUSSIAN))
                .contains("3000")
                .doesNotContain("3 000")
                .doesNotContain("3\u00a0000");
        assertThat(Messages.ruleMessage(year, Locale.ENGLISH)).contains("3000").doesNotContain("3,000");
        assertThat(Messages.ruleMessage(decimal, Messages.RUSSIAN)).contains("10000");
    }

    @Test
    void givenArguments_ruleMessage_fillsThemIn() {
        DomainRuleViolation violation = new DomainRuleViolation("required", "surname");

        assertThat(Messages.ruleMessage(violation, Messages.RUSSIAN))
                .isEqualTo("Не заполнено обязательное поле «surname».");
        assertThat(Messages.ruleMessage(violation, Locale.ENGLISH))
                .isEqualTo("The required field \"surname\" is missing.");
    }

    @Test
    void givenAnEnumArgument_ruleMessage_namesTheValueInTheSameLanguage() {
        DomainRuleViolation violation = new DomainRuleViolation("program.notApproved", ProgramStatus.DRAFT);

        assertThat(Messages.ruleMessage(violation, Messages.RUSSIAN))
                .isEqualTo("Программа не утверждена (статус: проект).");
        assertThat(Messages.ruleMessage(violation, Locale.ENGLISH))
                .isEqualTo("The program is not approved (status: draft).");
    }

    @Test
    void givenAQuoteInTheEnglishPattern_ruleMessage_followsMessageFormatQuoting() {
        DomainRuleViolation violation = new DomainRuleViolation("account.token.expiryNotAfterIssue", "A", "B");

        assertThat(Messages.ruleMessage(violation, Locale.ENGLISH))
                .isEqualTo("The token's expiry (A) must come after its issue (B).");
    }

    @Test
    void givenAnUnknownCode_ruleMessage_isTheCodeWithItsArguments() {
        assertThat(Messages.ruleMessage("no.such.rule", new Object[] {42}, Messages.RUSSIAN))
                .isEqualTo("no.such.rule [42]");
        assertThat(Messages.ruleMessage("no.such.rule", new Object[0], Locale.ENGLISH))
                .isEqualTo("no.such.rule");
    }

    @Test
    void givenNotFound_ruleMessage_namesWhatAndTheId() {
        assertThat(Messages.ruleMessage(new NotFound("stage", 7), Locale.ENGLISH))
                .isEqualTo("Not found: stage 7.");
    }

    @Test
    void givenAValue_label_isItsNameInTheLanguage() {
        assertThat(Messages.label(Role.COORDINATOR, Messages.RUSSIAN)).isEqualTo("координатор");
        assertThat(Messages.label(Role.COORDINATOR, Locale.ENGLISH)).isEqualTo("coordinator");
        assertThat(Messages.label(Role.COORDINATOR, Locale.GERMAN)).isEqualTo("координатор");
    }

    @Test
    void givenANestedEnum_label_isKeyedWithItsOuterType() {
        assertThat(Messages.key(Schedule.Frequency.WEEK)).isEqualTo("Schedule.Frequency.WEEK");
        assertThat(Messages.label(Schedule.Frequency.WEEK, Messages.RUSSIAN)).isEqualTo("в неделю");
        assertThat(Messages.label(Occurrences.Status.ON_REQUEST, Messages.RUSSIAN))
                .isEqualTo("по запросу — без дат");
    }

    @Test
    void givenAValueOutsideTheModel_label_isItsName() {
        assertThat(Messages.label(Thread.State.RUNNABLE, Messages.RUSSIAN)).isEqualTo("RUNNABLE");
    }

    @Test
    void givenTheSources_everyThrownCode_hasARussianAndAnEnglishMessage() throws IOException {
        Set<String> thrown = codesThrownInSources();
        assertThat(thrown).as("codes found in %s", MODULES.toAbsolutePath()).hasSizeGreaterThan(40);

        assertThat(bundle("messages.properties").stringPropertyNames())
                .as("Russian messages")
                .containsAll(thrown);
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .as("English messages")
                .containsAll(thrown);
    }

    @Test
    void givenTheDomain_everyEnumConstant_hasARussianAndAnEnglishLabel() throws Exception {
        List<Enum<?>> values = domainEnumConstants();
        assertThat(values)
                .as("enum constants found in %s", DOMAIN_SOURCES.toAbsolutePath())
                .hasSizeGreaterThan(100);

        Properties russian = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        for (Enum<?> value : values) {
            String key = Messages.key(value);
            assertThat(russian.getProperty(key)).as("Russian label of %s", key).isNotBlank();
            assertThat(english.getProperty(key)).as("English label of %s", key).isNotBlank();
        }
    }

    @Test
    void givenBothBundles_keys_areTheSame() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        bundle("messages.properties").stringPropertyNames());
    }

    static Stream<String> everyRuleCode() throws IOException {
        return bundle("messages.properties").stringPropertyNames().stream()
                .filter(key -> Character.isLowerCase(key.charAt(0)))
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRuleCode")
    void givenEveryRuleCode_messages_formatInBothLanguages(String code) {
        Object[] arguments = {"A", "B", "C"};
        String fallback = code + " [A, B, C]";

        String russian = Messages.ruleMessage(code, arguments, Messages.RUSSIAN);
        assertThat(russian).isNotEqualTo(fallback).doesNotContain("{0}").isNotBlank();
        assertThat(Messages.ruleMessage(code, arguments, Locale.ENGLISH))
                .isNotEqualTo(fallback)
                .doesNotContain("{0}")
                .isNotEqualTo(russian);
    }

    private static Set<String> codesThrownInSources() throws IOException {
        Set<String> codes = new TreeSet<>(CODES_OF_HELPERS);
        for (String module : MODULES_WITH_RULES) {
            for (Path file : javaFiles(MODULES.resolve(module).resolve("src/main/java"))) {
                Matcher m = THROWN_CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }

    /** Every constant of every enum declared in the domain's sources, top-level or nested in another type. */
    private static List<Enum<?>> domainEnumConstants() throws IOException, ClassNotFoundException {
        List<Enum<?>> constants = new ArrayList<>();
        for (Path file : javaFiles(DOMAIN_SOURCES)) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            Matcher pkg = PACKAGE.matcher(source);
            if (!pkg.find()) {
                continue;
            }
            String outer = file.getFileName().toString().replace(".java", "");
            Matcher m = ENUM.matcher(source);
            while (m.find()) {
                String name = m.group(1).equals(outer) ? outer : outer + "$" + m.group(1);
                Class<?> type = Class.forName(pkg.group(1) + "." + name);
                constants.addAll(Arrays.asList((Enum<?>[]) type.getEnumConstants()));
            }
        }
        return constants;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
