package org.stepahead.domain.archfixture.clock;

import java.time.Clock;

/** Architecture fixture: a domain class that creates the system clock. */
public class DomainClassCallingClockSystemUtc {

    public Clock clock() {
        return Clock.systemUTC();
    }
}
