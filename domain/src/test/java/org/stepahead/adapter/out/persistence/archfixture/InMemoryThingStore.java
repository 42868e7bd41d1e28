package org.stepahead.adapter.out.persistence.archfixture;

import java.util.ArrayList;
import java.util.List;
import org.stepahead.application.port.out.archfixture.ThingRepository;

/** Architecture fixture: a persistence adapter implementing an outgoing port with row records. */
public class InMemoryThingStore implements ThingRepository {

    private final List<ThingRow> rows = new ArrayList<>();

    @Override
    public void save(String id, String name) {
        rows.add(new ThingRow(id, name));
    }

    @Override
    public int size() {
        return rows.size();
    }
}
