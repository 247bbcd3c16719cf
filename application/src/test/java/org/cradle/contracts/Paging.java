package org.cradle.contracts;

import java.util.List;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;

/** A page of a list already filtered and ordered, as the adapters page by number: the total counts all. */
public final class Paging {

    private Paging() {}

    public static <T> Page<T> page(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new Page<>(all.subList(from, to), request, all.size());
    }
}
