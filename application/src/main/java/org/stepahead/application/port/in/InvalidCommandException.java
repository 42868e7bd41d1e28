package org.stepahead.application.port.in;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Failure: a command was refused before anything changed because some of its fields are invalid. */
public class InvalidCommandException extends RuntimeException {

    private final transient List<Violation> violations;

    /** The refusal listing these problems. */
    public InvalidCommandException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** The problems, one per invalid field. */
    public List<Violation> violations() {
        return violations;
    }

    /** Each problem as "field: message" in the given language. */
    public List<String> messages(Locale locale) {
        return violations.stream()
                .map(v -> v.field() + ": " + MessageTemplates.render(v.template(), v.attributes(), locale))
                .toList();
    }
}
