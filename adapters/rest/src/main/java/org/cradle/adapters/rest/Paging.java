package org.cradle.adapters.rest;

import org.cradle.adapters.rest.problem.Fields;
import org.cradle.application.PageRequest;
import org.cradle.domain.InvalidValueException;

/** Reads {@code page} and {@code size} query parameters; text that is not a number is a 400, not a 404. */
public final class Paging {

    private Paging() {}

    public static PageRequest from(String page, String size) {
        Fields fields = new Fields();
        Integer pageNumber = fields.value("", () -> number("page", page, 0));
        Integer pageSize = fields.value("", () -> number("size", size, PageRequest.DEFAULT_SIZE));
        return fields.build(() -> new PageRequest(pageNumber, pageSize));
    }

    private static int number(String field, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "integer", field + " must be a whole number.");
        }
    }
}
