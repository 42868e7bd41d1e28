package org.stepahead.adapter.out.persistence.memory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Persistence adapter: the committed state of one kind of aggregate — its snapshots by id, each carrying the
 * version it was stored at. Guarded by the database's lock.
 */
final class InMemoryTable<I, S> {

    /** Puts a stored version into a snapshot. */
    @FunctionalInterface
    interface Versioner<S> {
        S withVersion(S snapshot, long version);
    }

    private final String aggregate;
    private final ToLongFunction<S> versionOf;
    private final Versioner<S> versioner;
    private final Map<I, S> committed = new HashMap<>();

    InMemoryTable(String aggregate, ToLongFunction<S> versionOf, Versioner<S> versioner) {
        this.aggregate = aggregate;
        this.versionOf = versionOf;
        this.versioner = versioner;
    }

    String aggregate() {
        return aggregate;
    }

    S withVersion(S snapshot, long version) {
        return versioner.withVersion(snapshot, version);
    }

    S committed(I id) {
        return committed.get(id);
    }

    /** The committed version of the aggregate, 0 when none is stored. */
    long committedVersion(I id) {
        S snapshot = committed.get(id);
        return snapshot == null ? 0 : versionOf.applyAsLong(snapshot);
    }

    Map<I, S> copyOfCommitted() {
        return new LinkedHashMap<>(committed);
    }

    void put(I id, S snapshot) {
        committed.put(id, snapshot);
    }
}
