package org.stepahead.adapter.in.web.common;

import java.util.List;

/** Response: one page of a longer list, with the totals. */
public record PageResponse<T>(List<T> items, int page, int size, long total, int totalPages) {}
