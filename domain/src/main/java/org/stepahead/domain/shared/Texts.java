package org.stepahead.domain.shared;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Checks shared by the model's constructors: required values, trimmed text, copies of lists. */
public final class Texts {

    private Texts() {}

    /** Returns the text trimmed; refuses null or blank text, naming the field. */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation("required", field);
        }
        return value.strip().replaceAll("\\s+", " ");
    }

    /** Returns the text trimmed, or null when it is null or blank. */
    public static String optional(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().replaceAll("[ \\t]+", " ");
    }

    /** Refuses a missing value, naming the field. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new DomainRuleViolation("required", field);
        }
        return value;
    }

    /** An unmodifiable copy of the collection (empty for null) with no null elements. */
    public static <T> List<T> listOf(Collection<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T value : values) {
            if (value == null) {
                throw new DomainRuleViolation("required", field);
            }
        }
        return List.copyOf(values);
    }

    /** Whether two values are equal, either of them possibly null. */
    public static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
