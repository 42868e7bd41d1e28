package org.stepahead.application.port.in;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stepahead.domain.shared.DomainRuleViolation;

/**
 * The texts people read, for embedders and adapters: the message of a refused rule and the name of a value of the
 * model, in Russian (the default) or English. The domain itself keeps only stable codes: a rule's {@link
 * DomainRuleViolation#code() code} with its {@link DomainRuleViolation#arguments() arguments}, and enum constants.
 *
 * <p>Both come from the bundle {@code org.stepahead.application.port.in.messages}: {@code messages.properties}
 * (Russian) and {@code messages_en.properties}. A locale without a bundle gets Russian. The keys are:
 *
 * <ul>
 *   <li>a rule's code ({@code program.approve.needsGoal}); the text is a {@link MessageFormat} pattern, so its
 *       quoting rules apply (a single quote is written twice);
 *   <li>a value as {@code <Enum>.<CONSTANT>} ({@code Role.COORDINATOR}), a nested enum with its outer type
 *       ({@code Schedule.Frequency.WEEK}); the text is plain.
 * </ul>
 *
 * <p>In a rule's message, numbers are written plainly (a year stays "2020", not "2 020"), enum constants by their
 * name in the same language, and other arguments as they print.
 */
public final class Messages {

    /** The default language of Step Ahead. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final List<String> BUNDLE = List.of("org/stepahead/application/port/in/messages");

    /** Dates in Russian messages as Russian documents write them: дд.мм.гггг. */
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Messages() {}

    /** The message of a refused rule in the language (Russian when the language has no bundle). */
    public static String ruleMessage(DomainRuleViolation violation, Locale locale) {
        return ruleMessage(violation.code(), violation.arguments(), locale);
    }

    /**
     * The message of the rule with the code, its arguments filled in; a code without a message gives the code and
     * the arguments as they are ({@code no.such.rule [42]}).
     */
    public static String ruleMessage(String code, Object[] arguments, Locale locale) {
        Locale language = locale == null ? RUSSIAN : locale;
        Object[] shown = Arrays.stream(arguments).map(a -> shown(a, language)).toArray();
        return text(code, language)
                .map(pattern -> new MessageFormat(pattern, language).format(shown))
                .orElseGet(() -> code + (shown.length == 0 ? "" : " " + Arrays.toString(shown)));
    }

    /** The name of a value in the language (Russian when the language has no bundle); unknown values by name. */
    public static String label(Enum<?> value, Locale locale) {
        return text(key(value), locale).orElseGet(value::name);
    }

    /** The key of a value: {@code Role.COORDINATOR}, {@code Schedule.Frequency.WEEK}. */
    public static String key(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String name = type.getName().substring(type.getPackageName().length() + 1);
        return name.replace('$', '.') + "." + value.name();
    }

    private static Object shown(Object argument, Locale locale) {
        if (argument instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (argument instanceof Number n) {
            return n.toString();
        }
        if (argument instanceof Enum<?> e) {
            return label(e, locale);
        }
        if (argument instanceof LocalDate day) {
            return locale.getLanguage().equals("en") ? day.toString() : day.format(RUSSIAN_DATE);
        }
        return argument;
    }

    private static Optional<String> text(String key, Locale locale) {
        return Bundles.text(BUNDLE, locale == null ? RUSSIAN : locale, key);
    }
}
