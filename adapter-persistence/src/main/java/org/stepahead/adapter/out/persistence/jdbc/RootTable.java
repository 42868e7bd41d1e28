package org.stepahead.adapter.out.persistence.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * Persistence adapter: the table of an aggregate's root row — {@code id}, {@code version} and its own columns — and
 * the statements that read and write it, so that each column is named once. A column is bound by its name in camel
 * case ({@code founding_date} by {@code :foundingDate}), the name of the row record's component. For the table
 * {@code t} with the column {@code a_b}:
 *
 * <pre>
 * select id, version, a_b from t
 * insert into t (id, version, a_b) values (:id, :newVersion, :aB)
 * update t set version = version + 1, a_b = :aB where id = :id and version = :loadedVersion
 * </pre>
 */
final class RootTable {

    private final String name;
    private final String columns;
    private final String insert;
    private final String update;
    private final String partColumn;
    private final String[] parts;

    /**
     * @param name the table
     * @param columns its columns other than {@code id} and {@code version}, comma-separated
     */
    RootTable(String name, String columns) {
        this(name, columns, null);
    }

    /**
     * @param name the table
     * @param columns its columns other than {@code id} and {@code version}, comma-separated
     * @param partColumn the column by which the rows of the aggregate's other parts name their root row
     * @param parts the tables of those parts, children before parents: a save deletes the aggregate's rows of them, for
     *     the repository to insert them again
     */
    RootTable(String name, String columns, String partColumn, String... parts) {
        this.partColumn = partColumn;
        this.parts = parts;
        List<String> own = List.of(columns.trim().split("\\s*,\\s*"));
        List<String> all =
                Stream.concat(Stream.of("id", "version"), own.stream()).toList();
        this.name = name;
        this.columns = String.join(", ", all);
        this.insert = "insert into " + name + " (" + this.columns + ") values (:id, :newVersion"
                + own.stream().map(c -> ", :" + parameter(c)).collect(Collectors.joining()) + ")";
        this.update = "update " + name + " set version = version + 1"
                + own.stream().map(c -> ", " + c + " = :" + parameter(c)).collect(Collectors.joining())
                + " where id = :id and version = :loadedVersion";
    }

    /** The parameter that binds the column: its name in camel case. */
    static String parameter(String column) {
        StringBuilder parameter = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                parameter.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return parameter.toString();
    }

    /** {@code id, version} and the table's own columns, comma-separated. */
    String columns() {
        return columns;
    }

    /** The statement selecting every column of the table, without a condition. */
    String select() {
        return "select " + columns + " from " + name;
    }

    /** The insert of a new row, binding {@code :newVersion} for the version. */
    String insert() {
        return insert;
    }

    /** The versioned update, binding {@code :loadedVersion}; it increments the version. */
    String update() {
        return update;
    }

    /**
     * Inserts or updates the aggregate's root row with its version check (see {@link Sql#saveRoot}), and deletes its
     * rows of the part tables.
     */
    long save(Handle handle, UUID id, long loadedVersion, Object row) {
        long version = Sql.saveRoot(handle, name, id, loadedVersion, insert, update, row);
        Sql.deleteChildren(handle, partColumn, id, parts);
        return version;
    }

    /** The part tables of the aggregates of these root rows, each read in one query when asked for. */
    Rows.Children parts(Handle handle, Collection<UUID> roots) {
        return Rows.children(handle, partColumn, roots);
    }
}
