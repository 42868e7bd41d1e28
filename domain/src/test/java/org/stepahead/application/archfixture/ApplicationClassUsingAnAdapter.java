package org.stepahead.application.archfixture;

import org.stepahead.adapter.out.persistence.archfixture.InMemoryThingStore;

/** Architecture fixture: an application class that names a persistence adapter class. */
public class ApplicationClassUsingAnAdapter {

    public int count(InMemoryThingStore store) {
        return store.size();
    }
}
