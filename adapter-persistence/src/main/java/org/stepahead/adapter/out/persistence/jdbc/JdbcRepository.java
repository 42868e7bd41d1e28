package org.stepahead.adapter.out.persistence.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Persistence adapter: what every JDBC repository does to find its aggregates — select root rows with a condition
 * and load them (with their child rows) into aggregates; finding by id is one such selection.
 *
 * @param <A> the aggregate
 * @param <I> its identifier
 */
abstract class JdbcRepository<A, I> {

    protected final JdbcSession session;
    private final String select;
    private final Function<I, UUID> uuid;

    /**
     * @param select the statement selecting the root rows, without a condition ({@code select … from table [alias]})
     * @param uuid the UUID column value of an identifier
     */
    JdbcRepository(JdbcSession session, String select, Function<I, UUID> uuid) {
        this.session = session;
        this.select = select;
        this.uuid = uuid;
    }

    public Optional<A> findById(I id) {
        return findAllById(List.of(id)).stream().findFirst();
    }

    public List<A> findAllById(Collection<I> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> uuids = ids.stream().map(uuid).distinct().toList();
        return select(" where id in (<ids>)", q -> q.bindList("ids", uuids));
    }

    /** The aggregates whose root rows the rest of the statement (condition, order) selects; it binds nothing. */
    protected List<A> select(String rest) {
        return select(rest, UnaryOperator.identity());
    }

    /** The aggregates whose root rows the rest of the statement (condition, order) selects, with its bindings. */
    protected List<A> select(String rest, UnaryOperator<Query> bindings) {
        return session.read(h -> load(h, bindings.apply(h.createQuery(select + rest))));
    }

    /** The first aggregate the rest of the statement selects, if any. */
    protected Optional<A> selectFirst(String rest, UnaryOperator<Query> bindings) {
        return select(rest, bindings).stream().findFirst();
    }

    /**
     * Saves an aggregate in one write: its root row with the version check (clearing its rows of the part tables),
     * then its parts, which {@code parts} inserts again; returns the new stored version.
     */
    protected long save(RootTable table, UUID id, long loadedVersion, Object row, Consumer<Handle> parts) {
        return session.write(h -> {
            long version = table.save(h, id, loadedVersion, row);
            parts.accept(h);
            return version;
        });
    }

    /** Runs the query for root rows and loads them, with their child rows, into aggregates in the query's order. */
    protected abstract List<A> load(Handle h, Query roots);
}
