package org.stepahead.domain.program;

import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.Texts;

/** Value: one proof of a result — what it is and where to find it (a link, a file name, an event's id). */
public record Evidence(EvidenceKind kind, String description, String reference) implements ValueObject {

    public Evidence {
        Texts.present(kind, "evidence.kind");
        description = Texts.required(description, "evidence.description");
        reference = Texts.optional(reference);
    }
}
