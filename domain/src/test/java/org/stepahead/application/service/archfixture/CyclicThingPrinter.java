package org.stepahead.application.service.archfixture;

/** Architecture fixture: a helper that calls the parser, which calls it back (a cycle). */
public class CyclicThingPrinter {

    public String print(String text) {
        return text.isEmpty() ? "" : new CyclicThingParser().parse(text.substring(1));
    }
}
