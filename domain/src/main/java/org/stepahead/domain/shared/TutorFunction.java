package org.stepahead.domain.shared;

/** Catalogue: the six functions a tutor performs for a tutee; tutoring work is tagged with those it serves. */
public enum TutorFunction {
    MODELLING("моделирующая"),
    SUPPORTING("поддерживающая"),
    DIAGNOSTIC("диагностическая"),
    LOGISTIC("логистическая"),
    CONSULTING("консультационная"),
    PRAXEOLOGICAL("праксиологическая");

    private final String russianName;

    TutorFunction(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
