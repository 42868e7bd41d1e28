package org.stepahead.domain.archfixture.clock;

import java.time.Clock;
import java.time.Instant;

/** Architecture fixture: a domain class that calls Instant.now(Clock). */
public class DomainClassCallingInstantNowWithAClock {

    public Instant stamp(Clock clock) {
        return Instant.now(clock);
    }
}
