package org.stepahead.adapter.out.calendar.archfixture;

import org.stepahead.adapter.out.persistence.archfixture.InMemoryThingStore;

/** Architecture fixture: a calendar adapter class that names a storage class instead of an outgoing port. */
public class CalendarWriterUsingTheStorage {

    public int count(InMemoryThingStore store) {
        return store.size();
    }
}
