package org.stepahead.application.service.archfixture;

/** Architecture fixture: a helper that calls the printer, which calls it back (a cycle). */
public class CyclicThingParser {

    public String parse(String text) {
        return text.isEmpty() ? "" : new CyclicThingPrinter().print(text.substring(1));
    }
}
