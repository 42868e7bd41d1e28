package org.stepahead.adapter.in.web.common;

import java.util.List;
import java.util.function.Function;
import org.stepahead.application.port.in.Page;

/** Response: one page of a longer list, with the totals. */
public record PageResponse<T>(List<T> items, int page, int size, long total, int totalPages) {

    /** The page, each item mapped to its response. */
    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(
                page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total(), page.totalPages());
    }
}
