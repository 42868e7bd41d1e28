package org.stepahead.adapter.in.cli.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One column of a table or CSV listing: a header key in the CLI bundles and how to read a cell from a row. */
public record Column<T>(String headerKey, Function<T, Object> value) {

    public static <T> Column<T> of(String headerKey, Function<T, Object> value) {
        return new Column<>(headerKey, value);
    }

    /** The columns of several lists, in order (a detailed view that extends a listing's columns). */
    @SafeVarargs
    public static <T> List<Column<T>> concat(List<Column<T>>... parts) {
        List<Column<T>> all = new ArrayList<>();
        for (List<Column<T>> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
