package org.stepahead.adapter.out.persistence.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepahead.application.port.out.ConcurrentUpdateException;

/**
 * Persistence adapter: the pending writes of one unit of work on one thread, each with the committed version it
 * was based on, checked and applied together at commit.
 */
final class InMemoryTransaction {

    /** One buffered save: the snapshot to store (with its new version) and the committed version it expects. */
    record Pending<S>(S snapshot, long baseVersion, long newVersion) {}

    /** The pending writes to one table. */
    static final class TableWrites<I, S> {
        private final InMemoryTable<I, S> table;
        private final Map<I, Pending<S>> pending = new LinkedHashMap<>();

        private TableWrites(InMemoryTable<I, S> table) {
            this.table = table;
        }

        Pending<S> get(I id) {
            return pending.get(id);
        }

        void put(I id, Pending<S> write) {
            pending.put(id, write);
        }

        Map<I, Pending<S>> all() {
            return pending;
        }

        private void check() {
            pending.forEach((id, write) -> {
                if (table.committedVersion(id) != write.baseVersion()) {
                    throw new ConcurrentUpdateException(table.aggregate(), id, write.baseVersion());
                }
            });
        }

        private void apply() {
            pending.forEach((id, write) -> table.put(id, write.snapshot()));
        }
    }

    private final Map<InMemoryTable<?, ?>, TableWrites<?, ?>> writes = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    <I, S> TableWrites<I, S> writesTo(InMemoryTable<I, S> table) {
        return (TableWrites<I, S>) writes.computeIfAbsent(table, t -> new TableWrites<>(table));
    }

    @SuppressWarnings("unchecked")
    <I, S> TableWrites<I, S> writesToIfAny(InMemoryTable<I, S> table) {
        return (TableWrites<I, S>) writes.get(table);
    }

    /** Checks every pending write against the committed versions, then applies all of them; the caller holds the lock. */
    void commitInto() {
        List<TableWrites<?, ?>> all = new ArrayList<>(writes.values());
        all.forEach(TableWrites::check);
        all.forEach(TableWrites::apply);
    }
}
