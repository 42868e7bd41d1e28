package org.stepahead.adapter.out.persistence.memory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Persistence adapter: the committed state of one kind of aggregate — its snapshots by id, each carrying the
 * version it was stored at. Guarded by the database's lock.
 */
final class InMemoryTable<I, S> {

    private final String aggregate;
    private final Snapshots<S> snapshots;
    private final Map<I, S> committed = new HashMap<>();

    /** The table of the aggregate, whose snapshots are records of the type with a {@code long version}. */
    InMemoryTable(String aggregate, Class<S> snapshotType) {
        this.aggregate = aggregate;
        this.snapshots = Snapshots.of(snapshotType);
    }

    String aggregate() {
        return aggregate;
    }

    S withVersion(S snapshot, long version) {
        return snapshots.withVersion(snapshot, version);
    }

    S committed(I id) {
        return committed.get(id);
    }

    /** The committed version of the aggregate, 0 when none is stored. */
    long committedVersion(I id) {
        S snapshot = committed.get(id);
        return snapshot == null ? 0 : snapshots.version(snapshot);
    }

    Map<I, S> copyOfCommitted() {
        return new LinkedHashMap<>(committed);
    }

    void put(I id, S snapshot) {
        committed.put(id, snapshot);
    }
}
