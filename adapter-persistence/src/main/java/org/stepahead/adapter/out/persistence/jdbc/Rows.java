package org.stepahead.adapter.out.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMappers;
import org.jdbi.v3.core.statement.StatementContext;

/** Persistence adapter: loading child rows of many parents in one query, and numbering lists into rows. */
final class Rows {

    private Rows() {}

    /** The rows of a table whose parent column is one of the ids, ordered by the given columns. */
    static <R> List<R> ofParents(
            Handle handle, String table, String parentColumn, Collection<UUID> parents, String orderBy, Class<R> type) {
        if (parents.isEmpty()) {
            return List.of();
        }
        return handle.createQuery(
                        "select * from " + table + " where " + parentColumn + " in (<parents>) order by " + orderBy)
                .bindList("parents", List.copyOf(parents))
                .mapTo(type)
                .list();
    }

    /** The child tables of the parents, whose rows name their parent in the column. */
    static Children children(Handle handle, String parentColumn, Collection<UUID> parents) {
        return new Children(handle, parentColumn, parents);
    }

    /**
     * The part tables of some parents, whose rows name their parent in one column: each table is read in one query for
     * every parent, the first time rows of it are asked for.
     */
    static final class Children {

        private final Handle handle;
        private final String parentColumn;
        private final Collection<UUID> parents;
        private final Map<String, Map<UUID, List<Object>>> read = new HashMap<>();

        Children(Handle handle, String parentColumn, Collection<UUID> parents) {
            this.handle = handle;
            this.parentColumn = parentColumn;
            this.parents = parents;
        }

        /** The parent's rows of the table in their order ({@code position}). */
        <R> List<R> of(UUID parent, String table, Class<R> type) {
            return of(parent, table, parentColumn + ", position", type);
        }

        /** The parent's rows of the table, ordered by the columns. */
        <R> List<R> of(UUID parent, String table, String orderBy, Class<R> type) {
            List<Object> rows = read.computeIfAbsent(table, t -> byParentColumn(t, orderBy, type))
                    .getOrDefault(parent, List.of());
            return rows.stream().map(type::cast).toList();
        }

        /** The rows of the table in the parent's order ({@code position}), grouped by the id {@code groupBy} reads. */
        <R> Map<UUID, List<R>> grouped(String table, Class<R> type, Function<R, UUID> groupBy) {
            return grouped(table, parentColumn + ", position", type, groupBy);
        }

        /** The rows of the table, ordered by the columns, grouped by the id that {@code groupBy} reads. */
        <R> Map<UUID, List<R>> grouped(String table, String orderBy, Class<R> type, Function<R, UUID> groupBy) {
            return byParent(ofParents(handle, table, parentColumn, parents, orderBy, type), groupBy);
        }

        private <R> Map<UUID, List<Object>> byParentColumn(String table, String orderBy, Class<R> type) {
            if (parents.isEmpty()) {
                return Map.of();
            }
            RowMapper<R> rows = handle.getConfig(RowMappers.class)
                    .findFor(type)
                    .orElseThrow(() -> new IllegalStateException("no row mapper for " + type.getName()));
            return handle
                    .createQuery(
                            "select * from " + table + " where " + parentColumn + " in (<parents>) order by " + orderBy)
                    .bindList("parents", List.copyOf(parents))
                    .map(new WithParent<>(parentColumn, rows))
                    .stream()
                    .collect(Collectors.groupingBy(
                            Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        }
    }

    /** Maps a row to its parent's id, read from the parent column, and its row record. */
    private record WithParent<R>(String parentColumn, RowMapper<R> rows) implements RowMapper<Map.Entry<UUID, Object>> {

        @Override
        public Map.Entry<UUID, Object> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return specialize(rs, ctx).map(rs, ctx);
        }

        @Override
        public RowMapper<Map.Entry<UUID, Object>> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
            RowMapper<R> row = rows.specialize(rs, ctx);
            int parent = rs.findColumn(parentColumn);
            return (r, c) -> Map.entry(r.getObject(parent, UUID.class), row.map(r, c));
        }
    }

    static <R> Map<UUID, List<R>> byParent(List<R> rows, Function<R, UUID> parent) {
        return rows.stream().collect(Collectors.groupingBy(parent, Collectors.toList()));
    }

    static <R> List<R> of(Map<UUID, List<R>> grouped, UUID parent) {
        return grouped.getOrDefault(parent, List.of());
    }

    /** Numbers a list from 0 into rows. */
    static <T, R> List<R> numbered(List<T> items, Numbered<T, R> toRow) {
        List<R> rows = new ArrayList<>(items.size());
        IntStream.range(0, items.size()).forEach(i -> rows.add(toRow.apply(items.get(i), i)));
        return rows;
    }

    /** Turns an item and its position into a row. */
    @FunctionalInterface
    interface Numbered<T, R> {
        R apply(T item, int position);
    }
}
