package org.stepahead.application.port.in;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** A page of a longer list: the items, which page of what size, and how many items there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
        if (page < 0 || size < 1 || total < 0) {
            throw new IllegalArgumentException("page " + page + ", size " + size + ", total " + total);
        }
    }

    /**
     * The page a query asks for out of a whole list already sorted А to Я — reversed first when the query asks for
     * Я to А. A page beyond the end is empty but still carries the total.
     */
    public static <T> Page<T> of(List<T> sorted, PageQuery query) {
        List<T> ordered = sorted;
        if (query.descending()) {
            ordered = new ArrayList<>(sorted);
            Collections.reverse(ordered);
        }
        long from = Math.min((long) query.page() * query.size(), ordered.size());
        long to = Math.min(from + query.size(), ordered.size());
        return new Page<>(ordered.subList((int) from, (int) to), query.page(), query.size(), ordered.size());
    }

    /** How many pages of this size the whole list fills (0 for an empty one). */
    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    /** The same page with each item mapped. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
