package org.cradle.domain.ratelimit;

import java.time.Duration;
import java.time.Instant;

/** One window of a {@link RateLimitPolicy}: from {@code start} (included) to {@code end} (excluded). */
public record RateLimitWindow(Instant start, Instant end) {

    public RateLimitWindow {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("A window ends after it starts: " + start + " to " + end);
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /**
     * Whole seconds from {@code now} until the window ends, rounded up, so that a caller who waits
     * that long is in the next window: at least 1 while the window lasts.
     */
    public long secondsLeftAt(Instant now) {
        Duration left = Duration.between(now, end);
        if (left.isNegative() || left.isZero()) {
            return 0;
        }
        return left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
    }
}
