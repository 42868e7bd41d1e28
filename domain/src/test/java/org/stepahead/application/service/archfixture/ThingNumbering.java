package org.stepahead.application.service.archfixture;

/** Architecture fixture: a helper used by a service in the same package. */
class ThingNumbering {

    String next(int size) {
        return "T" + (size + 1);
    }
}
