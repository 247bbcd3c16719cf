package org.cradle.adapters.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.cradle.domain.InvalidValueException;

/** Reads optional query parameters given as text, so that a malformed one is a 400 naming it. */
public final class QueryParameters {

    private QueryParameters() {}

    /** The date (ISO 8601, such as 2026-03-14), {@code null} when the parameter is absent or blank. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "date", field + " must be a date such as 2026-03-14.");
        }
    }

    /** The identifier, {@code null} when the parameter is absent or blank. */
    public static UUID uuid(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "uuid", field + " must be a UUID.");
        }
    }
}
