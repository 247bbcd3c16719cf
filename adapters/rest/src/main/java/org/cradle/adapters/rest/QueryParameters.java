package org.cradle.adapters.rest;

import java.util.UUID;
import org.cradle.domain.InvalidValueException;

/** Reads optional query parameters given as text, so that a malformed one is a 400 naming it. */
public final class QueryParameters {

    private QueryParameters() {}

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
