package org.cradle.application.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.cradle.domain.ratelimit.Allowance;
import org.cradle.domain.ratelimit.LimitedClient;
import org.cradle.domain.ratelimit.OperationClass;
import org.cradle.domain.ratelimit.RateLimitDecision;
import org.cradle.domain.ratelimit.RateLimitExceededException;
import org.cradle.domain.ratelimit.RateLimitPolicy;

/**
 * Admits a client's request, or refuses it because the client has made as many requests of the class
 * as its limit allows in the current window, counted across every instance (ADR 24). This instance's
 * part of each count is an {@link Allowance}; the shared count is asked only when an allowance needs a
 * new lease, so most requests are decided in memory.
 */
@ApplicationScoped
public class RateLimiter {

    /** How often allowances of windows that have ended are forgotten. */
    private static final long FORGET_EVERY_MILLIS = 60_000;

    private record Key(LimitedClient client, OperationClass operationClass) {}

    private final RateLimitPolicies policies;
    private final RateLimitCounters counters;
    private final Clock clock;
    private final ConcurrentMap<Key, Allowance> allowances = new ConcurrentHashMap<>();
    private final AtomicLong nextForgetting = new AtomicLong();

    public RateLimiter(RateLimitPolicies policies, RateLimitCounters counters, Clock clock) {
        this.policies = policies;
        this.counters = counters;
        this.clock = clock;
    }

    /**
     * The decision for one request of {@code client}, which the caller tells the client (the limit,
     * what is left, when the window ends); nothing when rate limiting is switched off.
     *
     * @throws RateLimitExceededException when the client has reached its limit; the exception carries
     *     the decision
     */
    public Optional<RateLimitDecision> admit(LimitedClient client, OperationClass operationClass) {
        if (!policies.enabled()) {
            return Optional.empty();
        }
        RateLimitPolicy policy = policies.of(operationClass);
        Instant now = clock.instant();
        forgetEndedWindows(now);
        Key key = new Key(client, operationClass);
        Allowance allowance = allowances.get(key);
        if (allowance == null || !allowance.covers(now)) {
            allowance = allowances.compute(
                    key,
                    (k, held) -> held != null && held.covers(now) ? held : new Allowance(policy, policy.windowAt(now)));
        }
        RateLimitDecision decision;
        // One request of this client and class at a time here; a lease (one statement) is taken while the
        // others wait for it, as they would otherwise each take one.
        synchronized (allowance) {
            Allowance.Step step = allowance.next(now);
            if (step instanceof Allowance.Lease lease) {
                long taken =
                        counters.take(client, operationClass, allowance.window().start(), lease.permits());
                decision = allowance.leased(lease, taken, now);
            } else {
                decision = ((Allowance.Decided) step).decision();
            }
        }
        if (!decision.admitted()) {
            throw new RateLimitExceededException(decision);
        }
        return Optional.of(decision);
    }

    /**
     * Drops the allowances of windows that have ended, at most once a minute, so that memory holds only
     * the clients of the current windows. An allowance dropped while in use only costs a second lease.
     */
    private void forgetEndedWindows(Instant now) {
        long due = nextForgetting.get();
        long nowMillis = now.toEpochMilli();
        if (nowMillis < due || !nextForgetting.compareAndSet(due, nowMillis + FORGET_EVERY_MILLIS)) {
            return;
        }
        allowances.values().removeIf(allowance -> !allowance.covers(now));
    }
}
