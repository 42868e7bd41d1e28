package org.stepahead.application.common;

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

  public int totalPages() {
    return (int) ((total + size - 1) / size);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
