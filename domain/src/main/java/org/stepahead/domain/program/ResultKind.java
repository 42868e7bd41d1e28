package org.stepahead.domain.program;

/** Catalogue: what an expected result is — a methodical product, a methodical event or an effect. */
public enum ResultKind {
    PRODUCT,
    EVENT,
    EFFECT
}
