package org.cradle.application.ratelimit;

import java.time.Instant;
import org.cradle.domain.ratelimit.LimitedClient;
import org.cradle.domain.ratelimit.OperationClass;

/**
 * The count of what each client has taken of each limit, shared by every instance of Cradle (ADR 24).
 * Each call is committed on its own, whatever transaction its caller may be in: what is taken stays
 * taken.
 */
public interface RateLimitCounters {

    /**
     * Adds {@code permits} to what {@code client} has taken of {@code operationClass} in the window that
     * starts at {@code windowStart}, and returns what all instances together have taken in it, these
     * included. A count kept for an earlier window starts again from these permits; permits asked for an
     * earlier window than the count's (a clock behind the others') are added to the count's window.
     */
    long take(LimitedClient client, OperationClass operationClass, Instant windowStart, long permits);
}
