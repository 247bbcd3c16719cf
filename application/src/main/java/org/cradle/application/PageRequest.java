package org.cradle.application;

import org.cradle.domain.InvalidValueException;

/** Which slice of a list to return. Every list in Cradle is paged; no caller can ask for everything at once. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /**
     * How deep a list may be paged: ten million items. Deeper offsets cost the database a scan of
     * everything skipped and overflow what it can be asked for; a caller that far down should narrow
     * the search instead.
     */
    public static final long MAX_OFFSET = 10_000_000;

    public PageRequest {
        if (page < 0) {
            throw new InvalidValueException("page", "min", "page must be 0 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "range", "size must be between 1 and " + MAX_SIZE + ".");
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new InvalidValueException(
                    "page",
                    "max-depth",
                    "page × size must not exceed " + MAX_OFFSET + "; narrow the search to reach those items.");
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
