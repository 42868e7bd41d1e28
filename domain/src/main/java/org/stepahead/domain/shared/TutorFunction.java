package org.stepahead.domain.shared;

/** Catalogue: the six functions a tutor performs for a tutee; tutoring work is tagged with those it serves. */
public enum TutorFunction {
    MODELLING,
    SUPPORTING,
    DIAGNOSTIC,
    LOGISTIC,
    CONSULTING,
    PRAXEOLOGICAL
}
