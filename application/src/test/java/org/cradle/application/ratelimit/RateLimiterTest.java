package org.cradle.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.cradle.domain.ratelimit.LimitedClient;
import org.cradle.domain.ratelimit.OperationClass;
import org.cradle.domain.ratelimit.RateLimitDecision;
import org.cradle.domain.ratelimit.RateLimitExceededException;
import org.cradle.domain.ratelimit.RateLimitPolicy;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final LimitedClient OKAFOR = new LimitedClient("PRACTITIONER:dr-okafor");
    private static final LimitedClient LAB = new LimitedClient("INTEGRATION_CLIENT:lab-system");

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-03T10:15:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final InMemoryRateLimitCounters shared = new InMemoryRateLimitCounters();

    private static RateLimitPolicies policies(boolean enabled, long reads) {
        Map<OperationClass, RateLimitPolicy> byClass = new EnumMap<>(OperationClass.class);
        byClass.put(OperationClass.READ, new RateLimitPolicy(OperationClass.READ, reads, Duration.ofMinutes(1)));
        byClass.put(OperationClass.WRITE, new RateLimitPolicy(OperationClass.WRITE, 2, Duration.ofMinutes(1)));
        byClass.put(OperationClass.EXPORT, new RateLimitPolicy(OperationClass.EXPORT, 1, Duration.ofHours(1)));
        byClass.put(OperationClass.INGEST, new RateLimitPolicy(OperationClass.INGEST, 100, Duration.ofMinutes(1)));
        return new RateLimitPolicies(enabled, byClass);
    }

    private RateLimiter instance(RateLimitPolicies policies) {
        return new RateLimiter(policies, shared, clock);
    }

    @Test
    void a_client_is_refused_once_it_has_made_its_limit_and_admitted_again_when_the_next_window_starts() {
        RateLimiter limiter = instance(policies(true, 3));
        for (int i = 0; i < 3; i++) {
            limiter.admit(OKAFOR, OperationClass.READ);
        }
        clock.now = clock.now.plusSeconds(20);

        assertThatExceptionOfType(RateLimitExceededException.class)
                .isThrownBy(() -> limiter.admit(OKAFOR, OperationClass.READ))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("rate-limited");
                    assertThat(e.decision().remaining()).isZero();
                    assertThat(e.decision().retryAfterSeconds()).isEqualTo(40);
                    assertThat(e.getMessage())
                            .isEqualTo("This client has made its 3 reads allowed in 60 seconds; try again in 40"
                                    + " seconds.");
                });

        clock.now = clock.now.plusSeconds(40);
        assertThat(limiter.admit(OKAFOR, OperationClass.READ))
                .get()
                .extracting(RateLimitDecision::remaining, RateLimitDecision::secondsToReset)
                .containsExactly(2L, 60L);
    }

    @Test
    void every_admission_says_the_limit_what_is_left_and_when_the_window_ends() {
        RateLimiter limiter = instance(policies(true, 3));
        clock.now = clock.now.plusMillis(17_500);

        Optional<RateLimitDecision> decision = limiter.admit(OKAFOR, OperationClass.READ);

        assertThat(decision).contains(new RateLimitDecision(policies(true, 3).of(OperationClass.READ), true, 2, 43));
    }

    @Test
    void two_instances_share_one_limit_through_the_shared_count() {
        RateLimiter one = instance(policies(true, 5));
        RateLimiter other = instance(policies(true, 5));

        for (int i = 0; i < 3; i++) {
            one.admit(OKAFOR, OperationClass.READ);
        }
        other.admit(OKAFOR, OperationClass.READ);
        other.admit(OKAFOR, OperationClass.READ);

        assertThatExceptionOfType(RateLimitExceededException.class)
                .isThrownBy(() -> one.admit(OKAFOR, OperationClass.READ));
        assertThatExceptionOfType(RateLimitExceededException.class)
                .isThrownBy(() -> other.admit(OKAFOR, OperationClass.READ));
    }

    @Test
    void each_client_and_each_class_of_operation_is_counted_apart() {
        RateLimiter limiter = instance(policies(true, 2));
        limiter.admit(OKAFOR, OperationClass.READ);
        limiter.admit(OKAFOR, OperationClass.READ);
        assertThatExceptionOfType(RateLimitExceededException.class)
                .isThrownBy(() -> limiter.admit(OKAFOR, OperationClass.READ));

        assertThat(limiter.admit(LAB, OperationClass.READ))
                .get()
                .extracting(RateLimitDecision::remaining)
                .isEqualTo(1L);
        assertThat(limiter.admit(OKAFOR, OperationClass.WRITE)).isPresent();
        assertThat(limiter.admit(OKAFOR, OperationClass.EXPORT))
                .get()
                .extracting(d -> d.policy().window())
                .isEqualTo(Duration.ofHours(1));
        assertThatExceptionOfType(RateLimitExceededException.class)
                .isThrownBy(() -> limiter.admit(OKAFOR, OperationClass.EXPORT));
    }

    @Test
    void a_client_well_under_its_limit_costs_one_round_trip_per_hundred_requests() {
        RateLimiter limiter = instance(policies(true, 1_000_000));

        for (int i = 0; i < 10_000; i++) {
            limiter.admit(OKAFOR, OperationClass.READ);
        }

        assertThat(shared.calls).isEqualTo(100);
    }

    @Test
    void switched_off_nothing_is_counted_nothing_is_refused_and_nothing_is_told() {
        RateLimiter limiter = instance(policies(false, 1));

        for (int i = 0; i < 10; i++) {
            assertThat(limiter.admit(OKAFOR, OperationClass.READ)).isEmpty();
        }

        assertThat(shared.calls).isZero();
    }
}
