package org.cradle.domain.ratelimit;

/**
 * What the limit says about one request, and what the caller is told about it: whether it is admitted,
 * how many more requests of its class the client may make in the window ({@code remaining}, as this
 * instance knows it) and in how many seconds the window ends and the count starts again.
 */
public record RateLimitDecision(RateLimitPolicy policy, boolean admitted, long remaining, long secondsToReset) {

    public RateLimitDecision {
        if (policy == null || remaining < 0 || secondsToReset < 0) {
            throw new IllegalArgumentException("A decision names its policy, and counts nothing below zero");
        }
    }

    /** For a refusal: how long to wait before trying again, the seconds until the window ends. */
    public long retryAfterSeconds() {
        return Math.max(1, secondsToReset);
    }
}
