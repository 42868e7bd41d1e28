package org.stepahead.domain.archfixture.clock;

import java.time.LocalDate;

/** Architecture fixture: a domain class that reads the wall clock with LocalDate.now(). */
public class DomainClassCallingLocalDateNow {

    public boolean isPast(LocalDate day) {
        return day.isBefore(LocalDate.now());
    }
}
