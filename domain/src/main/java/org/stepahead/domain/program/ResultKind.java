package org.stepahead.domain.program;

/** Catalogue: what an expected result is — a methodical product, a methodical event or an effect. */
public enum ResultKind {
    PRODUCT("методический продукт"),
    EVENT("методическое событие"),
    EFFECT("эффект");

    private final String russianName;

    ResultKind(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
