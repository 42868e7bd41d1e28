package org.stepahead.domain.shared;

import java.util.UUID;

/** Parsing of identifiers from text, with a clear refusal for malformed input. */
public final class Ids {

    private Ids() {}

    public static UUID parse(String text, String what) {
        try {
            return UUID.fromString(Texts.required(text, what));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("id.malformed", what, text);
        }
    }
}
