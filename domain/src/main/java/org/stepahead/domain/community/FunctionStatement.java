package org.stepahead.domain.community;

import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.Texts;

/** Value: one of a community's functions with what the community's documents say it means for it. */
public record FunctionStatement(CommunityFunction function, String description) implements ValueObject {

    public FunctionStatement {
        Texts.present(function, "function");
        description = Texts.optional(description);
    }
}
