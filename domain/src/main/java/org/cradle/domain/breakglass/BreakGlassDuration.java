package org.cradle.domain.breakglass;

import java.time.Duration;
import java.time.Instant;
import org.cradle.domain.InvalidValueException;

/**
 * How long a break-glass access lasts: long enough for the urgent work it was broken for (a day, by
 * default), never open-ended. Beyond a week it is no longer an emergency but a referral, which the
 * organisation holding the family decides on; so no organisation may set it longer.
 */
public record BreakGlassDuration(Duration value) {

    /** The longest any organisation may set. */
    public static final Duration MAXIMUM = Duration.ofDays(7);

    /** A day (declared after the maximum it is checked against). */
    public static final BreakGlassDuration DEFAULT = new BreakGlassDuration(Duration.ofHours(24));

    public BreakGlassDuration {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new InvalidValueException(
                    "breakGlassDuration", "positive", "The break-glass duration must be positive.");
        }
        if (value.compareTo(MAXIMUM) > 0) {
            throw new InvalidValueException(
                    "breakGlassDuration",
                    "max-break-glass-duration",
                    "The break-glass duration must be at most " + MAXIMUM + ", not " + value
                            + ": longer access is a referral, not an emergency.");
        }
    }

    /** When an access granted at {@code grantedAt} expires. */
    public Instant expiryOf(Instant grantedAt) {
        return grantedAt.plus(value);
    }
}
