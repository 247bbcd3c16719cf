package org.cradle.application;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so that clients can show where they are. */
public record Page<T>(List<T> items, PageRequest request, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), request, totalItems);
    }

    public long totalPages() {
        return (totalItems + request.size() - 1) / request.size();
    }
}
