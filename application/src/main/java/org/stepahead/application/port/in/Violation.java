package org.stepahead.application.port.in;

import java.util.Map;

/**
 * One problem with a command: the field (a property path such as {@code stages[2].period}), the message in the
 * default language (Russian), and the template and attributes to render it in another language.
 */
public record Violation(String field, String message, String template, Map<String, Object> attributes) {

    public Violation {
        attributes = Map.copyOf(attributes);
    }
}
