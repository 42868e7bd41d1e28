package org.stepahead.domain.shared;

/** Domain rule: a referenced thing (an aggregate or a part of one) does not exist. */
public class NotFound extends DomainRuleViolation {

    /**
     * The thing named {@code what} (a stage, an activity …) with the identifier {@code id} does not exist; the code is
     * {@code notFound}.
     */
    public NotFound(String what, Object id) {
        super("notFound", what, String.valueOf(id));
    }
}
