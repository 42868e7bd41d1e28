package org.stepahead.domain.archfixture.allowlist;

import org.stepahead.adapter.out.persistence.archfixture.InMemoryThingStore;

/** Architecture fixture: a domain class that names a persistence adapter class. */
public class DomainClassUsingAnAdapter {

    private final InMemoryThingStore store = new InMemoryThingStore();

    public int size() {
        return store.size();
    }
}
