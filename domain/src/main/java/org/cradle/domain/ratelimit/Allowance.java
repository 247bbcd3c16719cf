package org.cradle.domain.ratelimit;

import java.time.Instant;

/**
 * One instance's part in a client's count for one class of operation in one window (ADR 24).
 *
 * <p>The count is shared by every instance of Cradle, and reading it on every request would cost each
 * request a round trip. So an instance <em>takes</em> permits from the shared count in leases, and
 * admits requests from what it holds until that runs out: the limit is spent when the permits are
 * taken, not when they are used, so all instances together never admit more than the limit. A lease is
 * a sixteenth ({@link #SHARE}) of what the shared count has left, at most {@value #LARGEST_LEASE} and at
 * least one: large while the limit is far (one round trip per hundred requests for a client well under
 * it), one at a time as it nears (so that, near the limit, every request is counted where all instances
 * see it).
 *
 * <p>The price is that permits one instance holds are not usable on another: a client refused on one
 * instance may still have permits on others, at most one lease each, that it would have used had its
 * requests gone there. It is never admitted beyond its limit.
 *
 * <p>Not safe for concurrent use: whoever holds it makes one call at a time.
 */
public final class Allowance {

    /** The most permits one lease takes. */
    public static final long LARGEST_LEASE = 100;

    /** A lease takes at most this fraction (one in sixteen) of what the shared count has left. */
    public static final long SHARE = 16;

    private final RateLimitPolicy policy;
    private final RateLimitWindow window;
    /** The shared count, all instances together, as this instance last saw it. */
    private long taken;
    /** Permits this instance has taken and not yet used. */
    private long held;

    public Allowance(RateLimitPolicy policy, RateLimitWindow window) {
        this.policy = policy;
        this.window = window;
    }

    /** The next step for a request at {@code now}: a decision from what is held, or a lease to take first. */
    public Step next(Instant now) {
        if (held > 0) {
            held--;
            return new Decided(decision(true, now));
        }
        if (taken >= policy.limit()) {
            // The shared count only grows within a window: no other instance can have given any back.
            return new Decided(decision(false, now));
        }
        return new Lease(Math.max(1, Math.min(LARGEST_LEASE, (policy.limit() - taken) / SHARE)));
    }

    /**
     * The decision once {@code lease} was taken and the shared count became {@code takenAfter} with it.
     * What others took first comes first: only the part of the lease still within the limit is held.
     */
    public RateLimitDecision leased(Lease lease, long takenAfter, Instant now) {
        long before = takenAfter - lease.permits();
        long granted = Math.max(0, Math.min(lease.permits(), policy.limit() - before));
        taken = Math.max(taken, takenAfter);
        held += granted;
        if (held == 0) {
            return decision(false, now);
        }
        held--;
        return decision(true, now);
    }

    public RateLimitWindow window() {
        return window;
    }

    /** Whether this allowance is for the window {@code now} falls in. */
    public boolean covers(Instant now) {
        return window.contains(now);
    }

    private RateLimitDecision decision(boolean admitted, Instant now) {
        long remaining = Math.max(0, policy.limit() - taken) + held;
        return new RateLimitDecision(policy, admitted, remaining, window.secondsLeftAt(now));
    }

    /** What a request needs: a decision, or a lease taken first. */
    public sealed interface Step permits Decided, Lease {}

    /** Decided from what this instance knows, without the shared count. */
    public record Decided(RateLimitDecision decision) implements Step {}

    /** Take this many permits from the shared count, then decide ({@link #leased}). */
    public record Lease(long permits) implements Step {
        public Lease {
            if (permits < 1) {
                throw new IllegalArgumentException("A lease takes at least one permit");
            }
        }
    }
}
