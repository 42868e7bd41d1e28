package org.stepahead.domain.archfixture.clock;

import java.time.LocalDate;
import java.util.function.Supplier;

/** Architecture fixture: a domain class that hands out LocalDate::now as a method reference. */
public class DomainClassReferencingLocalDateNow {

    public Supplier<LocalDate> today() {
        return LocalDate::now;
    }
}
