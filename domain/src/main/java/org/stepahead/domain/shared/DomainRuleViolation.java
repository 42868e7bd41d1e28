package org.stepahead.domain.shared;

import java.util.Arrays;

/**
 * Domain rule: a request that the model refuses because it would break one of its rules.
 *
 * <p>The domain speaks no language: {@link #code()} names the rule (stable across languages, e.g.
 * {@code program.approve.needsGoal}) and {@link #arguments()} are the values its message needs, enum constants
 * among them as they are. The texts people read, in Russian and English, live outside the domain (the application's
 * message bundles). {@link #getMessage()} is only the code and the arguments, for logs.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    /** A refusal by the rule named {@code code}, with the values its message needs. */
    public DomainRuleViolation(String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** The rule's key, stable across languages, e.g. {@code program.approve.needsGoal}. */
    public String code() {
        return code;
    }

    /** The values the rule's message names, in order (a copy). */
    public Object[] arguments() {
        return arguments.clone();
    }
}
