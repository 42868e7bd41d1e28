package org.stepahead.application.port.out;

import java.util.List;

/** A page of a longer stored list: the items, which page of what size, and how many items there are in all. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
        if (page < 0 || size < 1 || total < 0) {
            throw new IllegalArgumentException("page " + page + ", size " + size + ", total " + total);
        }
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
