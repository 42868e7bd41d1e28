package org.stepahead.application.port.in;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
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

    /**
     * Validates a record as its canonical constructor is about to build it; called first thing in the compact
     * constructor of every command and query, so that an invalid one cannot be built. The arguments are the record's
     * components in their order; an invalid one throws an {@link InvalidCommandException} naming each invalid
     * component as it is named in the record ({@code "title"}, {@code "responsible[0].name"}).
     *
     * <p>The record is validated as a bean, with the constraints of its fields: javac 17 drops the type-use constraints
     * ({@code List<@Valid Item>}) from a compact constructor's parameters, so validating the parameters would miss them.
     * To have a bean before the constructor has returned, the record is built once more with these values while its
     * own validation is switched off for this thread; that copy is validated and dropped.
     *
     * @param type the record being built
     * @param components the values of its components, in the order the record declares them
     */
    public static void validateConstructor(Class<? extends Record> type, Object... components) {
        validateConstructor(type, () -> {}, components);
    }

    /**
     * Like {@link #validateConstructor(Class, Object...)}, then checks rules that join several components (e.g. "a
     * title when no activity is given"); they run only once the constraints of each component hold.
     *
     * @param type the record being built
     * @param crossChecks the rules over several components, throwing an {@link InvalidCommandException} when one fails
     * @param components the values of its components, in the order the record declares them
     */
    public static void validateConstructor(Class<? extends Record> type, Runnable crossChecks, Object... components) {
        if (BUILDING_COPY.get() != null) {
            return;
        }
        Constructor<?> canonical = CANONICAL.get(type);
        if (canonical.getParameterCount() != components.length) {
            throw new IllegalArgumentException(type.getName() + " has " + canonical.getParameterCount()
                    + " components, " + components.length + " values were given");
        }
        Object copy;
        BUILDING_COPY.set(type);
        try {
            copy = canonical.newInstance(components);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        } finally {
            BUILDING_COPY.remove();
        }
        validate(copy);
        crossChecks.run();
    }

    private static final ThreadLocal<Class<?>> BUILDING_COPY = new ThreadLocal<>();

    private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            Class<?>[] types = Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }
    };

    /** The refusal of a command that lacks a value it needs for what it asks. */
    public static InvalidCommandException missing(String field) {
        return violation(field, "{jakarta.validation.constraints.NotNull.message}");
    }

    /** The refusal of a command whose field (a list, or a choice among lists) is empty, as bean validation words it. */
    public static InvalidCommandException empty(String field) {
        return violation(field, "{jakarta.validation.constraints.NotEmpty.message}");
    }

    private static InvalidCommandException violation(String field, String template) {
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
