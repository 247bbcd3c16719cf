package org.cradle.application;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total so that clients can show where they are.
 *
 * @param next the request for the following page, resuming after this page's last item; {@code null}
 *     on the last page, and on lists that are paged by number only
 */
public record Page<T>(List<T> items, PageRequest request, long totalItems, PageRequest next) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list that is paged by number only. */
    public Page(List<T> items, PageRequest request, long totalItems) {
        this(items, request, totalItems, null);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), request, totalItems, next);
    }

    public long totalPages() {
        return (totalItems + request.size() - 1) / request.size();
    }
}
