package org.stepahead.domain.community;

import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.Texts;
import org.stepahead.domain.shared.TutorFunction;

/** Value: one of the tutor functions as a tutor community's documents describe it for its tutors. */
public record TutorFunctionStatement(TutorFunction function, String description) implements ValueObject {

    public TutorFunctionStatement {
        Texts.present(function, "tutorFunction");
        description = Texts.optional(description);
    }
}
