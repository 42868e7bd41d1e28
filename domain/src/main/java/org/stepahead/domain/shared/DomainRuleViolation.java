package org.stepahead.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Domain rule: a request that the model refuses because it would break one of its rules.
 *
 * <p>The {@link #code()} names the rule (a key of the {@code org.stepahead.domain.messages} bundle); the
 * arguments fill its message. {@link #getMessage()} is the Russian text, {@link #message(Locale)} any other.
 */
public class DomainRuleViolation extends RuntimeException {

    private static final String BUNDLE = "org.stepahead.domain.messages";
    private final String code;
    private final transient Object[] arguments;

    public DomainRuleViolation(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = plain(arguments);
    }

    /** Numbers go into messages as written (a year stays "2020", not "2 020"); other arguments as they are. */
    private static Object[] plain(Object[] arguments) {
        Object[] copy = arguments.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof java.math.BigDecimal d) {
                copy[i] = d.toPlainString();
            } else if (copy[i] instanceof Number n) {
                copy[i] = n.toString();
            }
        }
        return copy;
    }

    /** The rule's key, stable across languages, e.g. {@code program.approve.needsGoal}. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The rule's message in the given language (Russian when the language has no bundle). */
    public String message(Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new java.text.MessageFormat(bundle.getString(code), locale).format(arguments);
        } catch (MissingResourceException e) {
            return code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
        }
    }

    @Override
    public String getMessage() {
        return message(Locale.forLanguageTag("ru"));
    }
}
