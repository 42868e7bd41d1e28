package org.stepahead.domain.community;

import org.jmolecules.ddd.types.ValueObject;
import org.stepahead.domain.shared.Texts;

/** Value: a stated principle of a community ("принцип добровольности …"). */
public record Principle(String text) implements ValueObject {

    public Principle {
        text = Texts.required(text, "principle");
    }
}
