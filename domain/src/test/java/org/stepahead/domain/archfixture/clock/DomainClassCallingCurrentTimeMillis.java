package org.stepahead.domain.archfixture.clock;

/** Architecture fixture: a domain class that calls System.currentTimeMillis(). */
public class DomainClassCallingCurrentTimeMillis {

    public long stamp() {
        return System.currentTimeMillis();
    }
}
