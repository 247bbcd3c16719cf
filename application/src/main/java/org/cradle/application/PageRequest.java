package org.cradle.application;

import java.util.UUID;
import org.cradle.domain.InvalidValueException;

/**
 * Which slice of a list to return. Every list in Cradle is paged; no caller can ask for everything at once.
 *
 * <p>A page is asked for by number ({@code after} null), or, on lists that can resume, as the page that
 * follows the item {@code after}: such a page costs the same at any depth, where a numbered page costs
 * the database a scan of everything before it (ADR 14). When resuming, {@code page} is the number the
 * list gave with its {@code next} page: it is reported back, never used to skip.
 *
 * @param page the page number, from 0
 * @param size items per page, 1 to {@link #MAX_SIZE}
 * @param after the last item of the previous page, or {@code null} to page by number
 */
public record PageRequest(int page, int size, UUID after) {

    public static final int FIRST_PAGE = 0;
    public static final int MIN_SIZE = 1;
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /**
     * How deep a list may be paged by number: ten million items. Deeper offsets cost the database a
     * scan of everything skipped and overflow what it can be asked for; a caller that far down should
     * narrow the search instead, or resume from a page it has.
     */
    public static final long MAX_OFFSET = 10_000_000;

    /** The deepest page asked for by number: the last within {@link #MAX_OFFSET}, a page of one item each. */
    public static final long MAX_PAGE = MAX_OFFSET / MIN_SIZE;

    public PageRequest {
        if (page < FIRST_PAGE) {
            throw new InvalidValueException("page", "min", "page must be " + FIRST_PAGE + " or more.");
        }
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new InvalidValueException(
                    "size", "range", "size must be between " + MIN_SIZE + " and " + MAX_SIZE + ".");
        }
        if (after == null && (long) page * size > MAX_OFFSET) {
            throw new InvalidValueException(
                    "page",
                    "max-depth",
                    "page × size must not exceed " + MAX_OFFSET + "; narrow the search to reach those items.");
        }
    }

    /** A page by number. */
    public PageRequest(int page, int size) {
        this(page, size, null);
    }

    /** Items to skip: none when resuming after an item. */
    public long offset() {
        return after == null ? (long) page * size : 0;
    }

    /** The page that follows this one, whose first item comes after {@code last}. */
    public PageRequest resumingAfter(UUID last) {
        return new PageRequest(page == Integer.MAX_VALUE ? page : page + 1, size, last);
    }
}
