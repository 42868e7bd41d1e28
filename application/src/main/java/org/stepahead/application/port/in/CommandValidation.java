package org.stepahead.application.port.in;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validation of commands with Jakarta Validation: one static validator for the whole process, built on first use
 * with whatever provider is on the class path (Hibernate Validator in every adapter) and a message interpolator of
 * our own, so no expression language is needed. Messages come from the {@code ValidationMessages} bundles, Russian
 * by default.
 */
public final class CommandValidation {

    /** The language of messages unless another is asked for. */
    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("ru");

    private CommandValidation() {}

    private static final class Holder {
        private static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new BundleInterpolator())
                .buildValidatorFactory();
        private static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /** Refuses an invalid command with an {@link InvalidCommandException} naming each invalid field. */
    public static <T> T validate(T command) {
        if (command == null) {
            throw missing("command");
        }
        Set<ConstraintViolation<T>> violations = Holder.VALIDATOR.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations.stream()
                    .map(v -> new Violation(
                            v.getPropertyPath().toString(), v.getMessage(), v.getMessageTemplate(), attributes(v)))
                    .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                    .toList());
        }
        return command;
    }

    /** The refusal of a command that lacks a value it needs for what it asks. */
    public static InvalidCommandException missing(String field) {
        String template = "{jakarta.validation.constraints.NotNull.message}";
        return new InvalidCommandException(
                List.of(new Violation(field, render(template, Map.of(), DEFAULT_LOCALE), template, Map.of())));
    }

    private static Map<String, Object> attributes(ConstraintViolation<?> v) {
        Map<String, Object> all = new java.util.HashMap<>();
        v.getConstraintDescriptor().getAttributes().forEach((k, value) -> {
            if (value != null && !(value instanceof Class[]) && !(value instanceof Object[])) {
                all.put(k, value);
            }
        });
        return all;
    }

    /** Renders a message template ("{jakarta.validation.constraints.Size.message}") in a language. */
    public static String render(String template, Map<String, Object> attributes, Locale locale) {
        return MessageTemplates.render(template, attributes, locale);
    }

    private static final class BundleInterpolator implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, DEFAULT_LOCALE);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return render(template, context.getConstraintDescriptor().getAttributes(), locale);
        }
    }
}
