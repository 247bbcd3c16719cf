package org.cradle.application.ratelimit;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.cradle.domain.ratelimit.LimitedClient;
import org.cradle.domain.ratelimit.OperationClass;

/** The shared count as PostgreSQL keeps it, in memory: one count per client and class, for its latest window. */
final class InMemoryRateLimitCounters implements RateLimitCounters {

    private record Key(LimitedClient client, OperationClass operationClass) {}

    private record Count(Instant windowStart, long taken) {}

    private final Map<Key, Count> counts = new HashMap<>();
    int calls;

    @Override
    public synchronized long take(
            LimitedClient client, OperationClass operationClass, Instant windowStart, long permits) {
        calls++;
        Count count = counts.merge(
                new Key(client, operationClass),
                new Count(windowStart, permits),
                (kept, added) -> kept.windowStart().isBefore(added.windowStart())
                        ? added
                        : new Count(kept.windowStart(), kept.taken() + added.taken()));
        return count.taken();
    }
}
