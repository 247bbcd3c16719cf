package org.cradle.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * The longest a consent or a confidentiality notice may go before it is looked at again. Consent is
 * an ongoing agreement, not a one-off signature: a review date years away would let a family's
 * circumstances (a new partner, a child protection plan) change under a decision nobody revisits. The
 * default, a year, follows the common Early Help practice of reviewing consent at least annually;
 * organisations may set their own.
 */
public record ReviewPeriod(Period maximum) {

    public static final ReviewPeriod DEFAULT = new ReviewPeriod(Period.ofYears(1));

    public ReviewPeriod {
        if (maximum == null || maximum.isNegative() || maximum.isZero()) {
            throw new InvalidValueException("maximum", "positive", "The maximum review period must be positive.");
        }
    }

    /** Refuses a review due later than the maximum after {@code from}. */
    public LocalDate requireWithin(String field, LocalDate from, LocalDate due) {
        if (from != null && due != null && due.isAfter(from.plus(maximum))) {
            throw new InvalidValueException(
                    field,
                    "max-review-period",
                    field + " must be at most " + maximum + " after " + from + " (by " + from.plus(maximum)
                            + "): records are reviewed at least that often.");
        }
        return due;
    }
}
