package org.cradle.domain.ratelimit;

import java.time.Duration;
import java.time.Instant;
import org.cradle.domain.InvalidValueException;

/**
 * How many requests of one class a client may make in a window: {@code limit} per {@code window}.
 * Windows are fixed and the same for every client and every instance: they start at whole multiples of
 * the window's length since the epoch (a one-minute window on each minute), so that instances agree
 * on which window a request falls in without asking each other.
 */
public record RateLimitPolicy(OperationClass operationClass, long limit, Duration window) {

    /** The longest window: a longer one would hold a refused client back for more than a day. */
    public static final Duration LONGEST_WINDOW = Duration.ofDays(1);

    /** The highest limit, far above anything two cores serve in a day. */
    public static final long HIGHEST_LIMIT = 1_000_000_000L;

    public RateLimitPolicy {
        if (operationClass == null) {
            throw new InvalidValueException("operationClass", "required", "A rate limit is for a class of operation.");
        }
        String name = operationClass.policyName();
        if (limit < 1 || limit > HIGHEST_LIMIT) {
            throw new InvalidValueException(
                    name + ".limit",
                    "rate-limit",
                    "The " + name + " limit must be between 1 and " + HIGHEST_LIMIT + ", not " + limit + ".");
        }
        if (window == null
                || window.compareTo(Duration.ofSeconds(1)) < 0
                || window.compareTo(LONGEST_WINDOW) > 0
                || window.getNano() != 0) {
            throw new InvalidValueException(
                    name + ".window",
                    "rate-limit-window",
                    "The " + name + " window must be whole seconds, from one second to " + LONGEST_WINDOW + ", not "
                            + window + ".");
        }
    }

    /** The window {@code instant} falls in. */
    public RateLimitWindow windowAt(Instant instant) {
        long seconds = window.getSeconds();
        long start = Math.floorDiv(instant.getEpochSecond(), seconds) * seconds;
        return new RateLimitWindow(Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + seconds));
    }
}
