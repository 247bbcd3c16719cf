package org.cradle.adapters.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. */
public record PageResponse<T>(
        @Schema(description = "The items on this page.", maxItems = PageRequest.MAX_SIZE) List<T> items,
        @Schema(
                        description = "Page number, from 0.",
                        example = "0",
                        minimum = "" + PageRequest.FIRST_PAGE,
                        maximum = ContractBounds.MOST_INT)
                int page,
        @Schema(
                        description = "Requested page size (1–100).",
                        example = "20",
                        minimum = "" + PageRequest.MIN_SIZE,
                        maximum = "" + PageRequest.MAX_SIZE)
                int size,
        @Schema(
                        description = "Items across all pages.",
                        example = "42",
                        minimum = ContractBounds.NONE,
                        maximum = ContractBounds.MOST_LONG)
                long totalItems,
        @Schema(
                        description = "Number of pages.",
                        example = "3",
                        minimum = ContractBounds.NONE,
                        maximum = ContractBounds.MOST_LONG)
                long totalPages,
        @Schema(
                        description = "On lists that can resume, and only when another page follows: pass it"
                                + " as `after` (with the same `size`) to get that page. It costs the same at any"
                                + " depth, where `page` costs more the deeper it goes. Opaque: send it back"
                                + " unchanged.",
                        example = "AQAAAAEJ2e6SIcdEaapNfq3FCQ8l",
                        maxLength = PageCursor.MAX_LENGTH,
                        nullable = true)
                @JsonInclude(JsonInclude.Include.NON_NULL)
                String next) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, T> mapper) {
        return new PageResponse<>(
                page.items().stream().<T>map(mapper).toList(),
                page.request().page(),
                page.request().size(),
                page.totalItems(),
                page.totalPages(),
                page.next() == null ? null : PageCursor.encode(page.next()));
    }
}
