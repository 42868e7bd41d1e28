package org.stepahead.adapter.out.persistence.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;

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

    /** The child tables of some parents: each table's rows read in one query and grouped by a parent's id. */
    record Children(Handle handle, String parentColumn, Collection<UUID> parents) {

        /** The rows of the table in the parent's order ({@code position}), grouped by the id {@code groupBy} reads. */
        <R> Map<UUID, List<R>> grouped(String table, Class<R> type, Function<R, UUID> groupBy) {
            return grouped(table, parentColumn + ", position", type, groupBy);
        }

        /** The rows of the table, ordered by the columns, grouped by the id that {@code groupBy} reads. */
        <R> Map<UUID, List<R>> grouped(String table, String orderBy, Class<R> type, Function<R, UUID> groupBy) {
            return byParent(ofParents(handle, table, parentColumn, parents, orderBy, type), groupBy);
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
