package org.stepahead.adapter.out.persistence.jdbc;

import java.util.Locale;

/** Persistence adapter: names folded for sorting and searching — lower case, ё read as е — the same on every database. */
final class SortKeys {

    private SortKeys() {}

    static String of(String text) {
        return text == null
                ? ""
                : text.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
    }
}
