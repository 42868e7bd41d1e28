package org.stepahead.domain.shared;

import java.util.UUID;

/** Parsing of identifiers from text, with a clear refusal for malformed input. */
public final class Ids {

    private Ids() {}

    /**
     * Reads an identifier (a UUID) from text, naming the field {@code what}; blank text is refused as
     * DomainRuleViolation {@code required}, malformed text as {@code id.malformed}.
     */
    public static UUID parse(String text, String what) {
        try {
            return UUID.fromString(Texts.required(text, what));
        } catch (IllegalArgumentException e) {
            throw new DomainRuleViolation("id.malformed", what, text);
        }
    }
}
