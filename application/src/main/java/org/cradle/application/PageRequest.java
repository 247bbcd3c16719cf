package org.cradle.application;

import org.cradle.domain.InvalidValueException;

/** Which slice of a list to return. Every list in Cradle is paged; no caller can ask for everything at once. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0) {
            throw new InvalidValueException("page", "min", "page must be 0 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "range", "size must be between 1 and " + MAX_SIZE + ".");
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
