package org.cradle.adapters.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.cradle.adapters.rest.json.StrictJson;
import org.cradle.domain.Dates;
import org.cradle.domain.InvalidValueException;

/**
 * Reads optional query parameters given as text, so that a malformed one is a 400 naming it. Dates
 * and instants follow the same rules as in request bodies: one format, and the domain's window.
 */
public final class QueryParameters {

    private QueryParameters() {}

    /** {@code true} or {@code false}, {@code null} when the parameter is absent or blank. */
    public static Boolean bool(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidValueException(field, "boolean", field + " must be true or false.");
        };
    }

    /** The date (YYYY-MM-DD, such as 2026-03-14), {@code null} when the parameter is absent or blank. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return StrictJson.date(field, text.strip());
    }

    /** The instant (ISO 8601, such as 2026-11-01T00:00:00Z), {@code null} when absent or blank. */
    public static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(
                    field, "instant", field + " must be an ISO 8601 instant such as 2026-11-01T00:00:00Z.");
        }
        if (instant.isBefore(Dates.EARLIEST.atStartOfDay().toInstant(ZoneOffset.UTC))
                || instant.isAfter(Dates.LATEST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            throw new InvalidValueException(
                    field, "date-window", field + " must be between " + Dates.EARLIEST + " and " + Dates.LATEST + ".");
        }
        return instant;
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
