package org.stepahead.adapter.in.cli.support;

import java.util.function.Function;

/** One column of a table or CSV listing: a header key in the CLI bundles and how to read a cell from a row. */
public record Column<T>(String headerKey, Function<T, Object> value) {

    public static <T> Column<T> of(String headerKey, Function<T, Object> value) {
        return new Column<>(headerKey, value);
    }
}
