package org.cradle.adapters.rest;

import java.util.List;
import java.util.function.Function;
import org.cradle.application.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. */
public record PageResponse<T>(
        @Schema(description = "The items on this page.") List<T> items,
        @Schema(description = "Page number, from 0.", example = "0") int page,
        @Schema(description = "Requested page size (1–100).", example = "20") int size,
        @Schema(description = "Items across all pages.", example = "42") long totalItems,
        @Schema(description = "Number of pages.", example = "3") long totalPages) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, T> mapper) {
        return new PageResponse<>(
                page.items().stream().<T>map(mapper).toList(),
                page.request().page(),
                page.request().size(),
                page.totalItems(),
                page.totalPages());
    }
}
