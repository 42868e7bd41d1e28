package org.stepahead.domain.shared;

/** Domain rule: a referenced thing (an aggregate or a part of one) does not exist. */
public class NotFound extends DomainRuleViolation {

    public NotFound(String what, Object id) {
        super("notFound", what, String.valueOf(id));
    }
}
