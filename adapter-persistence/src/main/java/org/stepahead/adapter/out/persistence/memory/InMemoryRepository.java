package org.stepahead.adapter.out.persistence.memory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Persistence adapter: what every in-memory repository does — find by id, find several, save a snapshot — with
 * each read restoring a fresh aggregate from its stored snapshot.
 */
abstract class InMemoryRepository<A, I, S> {

    protected final InMemoryDatabase database;
    private final InMemoryTable<I, S> table;
    private final Function<S, A> restore;
    private final Function<A, S> snapshot;
    private final Function<A, I> idOf;
    private final ToLongFunction<A> versionOf;

    InMemoryRepository(
            InMemoryDatabase database,
            InMemoryTable<I, S> table,
            Function<S, A> restore,
            Function<A, S> snapshot,
            Function<A, I> idOf,
            ToLongFunction<A> versionOf) {
        this.database = database;
        this.table = table;
        this.restore = restore;
        this.snapshot = snapshot;
        this.idOf = idOf;
        this.versionOf = versionOf;
    }

    public Optional<A> findById(I id) {
        return database.find(table, id).map(restore);
    }

    public List<A> findAllById(Collection<I> ids) {
        Objects.requireNonNull(ids, "ids");
        return new LinkedHashSet<>(ids)
                .stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    public long save(A aggregate) {
        Objects.requireNonNull(aggregate, "aggregate");
        return database.save(table, idOf.apply(aggregate), snapshot.apply(aggregate), versionOf.applyAsLong(aggregate));
    }

    /** The stored snapshots this thread sees. */
    protected Stream<S> snapshots() {
        return database.view(table).values().stream();
    }

    /** Fresh aggregates restored from the stored snapshots that match. */
    protected Stream<A> where(Predicate<S> filter) {
        return snapshots().filter(filter).map(restore);
    }
}
