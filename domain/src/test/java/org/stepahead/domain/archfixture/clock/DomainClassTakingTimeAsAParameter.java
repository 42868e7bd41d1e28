package org.stepahead.domain.archfixture.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Architecture fixture: a domain class that gets the time from its caller. */
public class DomainClassTakingTimeAsAParameter {

    public boolean isPast(LocalDate day, LocalDate today) {
        return day.isBefore(today);
    }

    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
