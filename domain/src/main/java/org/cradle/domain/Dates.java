package org.cradle.domain;

import java.time.LocalDate;

/**
 * The calendar Cradle keeps records in. Every date it accepts, in a request body or a query, lies in
 * this window: wide enough for the oldest grandparent's birth and the longest retention period, and
 * narrow enough that no date can mean "never" (a consent never due for review) or fall outside what
 * the database stores.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private Dates() {}

    /** Returns the date, or refuses it when it lies outside {@link #EARLIEST} to {@link #LATEST}. */
    public static LocalDate within(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidValueException(
                    field, "date-window", field + " must be between " + EARLIEST + " and " + LATEST + ".");
        }
        return date;
    }
}
