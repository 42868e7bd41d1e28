package org.stepahead.adapter.in.web.archfixture;

import org.stepahead.adapter.out.persistence.archfixture.InMemoryThingStore;

/** Architecture fixture: a web class that names a persistence adapter class. */
public class ControllerUsingThePersistenceAdapter {

    public int count(InMemoryThingStore store) {
        return store.size();
    }
}
