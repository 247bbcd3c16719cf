package org.cradle.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AllowanceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:15:42Z");

    /** The count every instance shares, and how often it was asked. */
    private static final class SharedCount {
        long taken;
        int roundTrips;

        long take(long permits) {
            roundTrips++;
            taken += permits;
            return taken;
        }
    }

    private static RateLimitPolicy reads(long limit) {
        return new RateLimitPolicy(OperationClass.READ, limit, Duration.ofMinutes(1));
    }

    private static Allowance allowance(long limit) {
        RateLimitPolicy policy = reads(limit);
        return new Allowance(policy, policy.windowAt(NOW));
    }

    /** One request through an instance's allowance, taking a lease from the shared count when it needs one. */
    private static RateLimitDecision request(Allowance allowance, SharedCount shared) {
        Allowance.Step step = allowance.next(NOW);
        if (step instanceof Allowance.Lease lease) {
            return allowance.leased(lease, shared.take(lease.permits()), NOW);
        }
        return ((Allowance.Decided) step).decision();
    }

    @Test
    void a_client_is_admitted_up_to_its_limit_and_refused_after_it() {
        Allowance allowance = allowance(5);
        SharedCount shared = new SharedCount();

        List<Boolean> admitted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            admitted.add(request(allowance, shared).admitted());
        }

        assertThat(admitted).containsExactly(true, true, true, true, true, false, false);
    }

    @Test
    void every_decision_says_how_many_requests_are_left_and_when_the_window_ends() {
        Allowance allowance = allowance(3);
        SharedCount shared = new SharedCount();

        assertThat(request(allowance, shared)).isEqualTo(new RateLimitDecision(reads(3), true, 2, 18));
        assertThat(request(allowance, shared).remaining()).isEqualTo(1);
        assertThat(request(allowance, shared).remaining()).isZero();
        RateLimitDecision refused = request(allowance, shared);
        assertThat(refused).isEqualTo(new RateLimitDecision(reads(3), false, 0, 18));
        assertThat(refused.retryAfterSeconds()).isEqualTo(18);
    }

    @Test
    void far_from_the_limit_a_lease_is_a_hundred_permits_so_one_round_trip_serves_a_hundred_requests() {
        Allowance allowance = allowance(1_000_000);
        SharedCount shared = new SharedCount();

        for (int i = 0; i < 1000; i++) {
            assertThat(request(allowance, shared).admitted()).isTrue();
        }

        assertThat(shared.roundTrips).isEqualTo(10);
        assertThat(allowance.next(NOW)).isEqualTo(new Allowance.Lease(Allowance.LARGEST_LEASE));
    }

    @Test
    void a_lease_is_a_sixteenth_of_what_is_left_so_that_near_the_limit_every_request_is_counted_where_all_see_it() {
        Allowance allowance = allowance(600);
        assertThat(allowance.next(NOW)).isEqualTo(new Allowance.Lease(37));

        SharedCount shared = new SharedCount();
        shared.taken = 590; // other instances took these
        assertThat(request(allowance, shared).admitted()).isTrue();
        // It took 37 when 590 were gone: ten were left, so it holds ten and has used one.
        assertThat(shared.taken).isEqualTo(627);
        for (int i = 0; i < 9; i++) {
            assertThat(request(allowance, shared).admitted()).isTrue();
        }
        assertThat(request(allowance, shared).admitted()).isFalse();
    }

    @Test
    void once_the_limit_is_known_to_be_reached_a_refusal_needs_no_round_trip() {
        Allowance allowance = allowance(2);
        SharedCount shared = new SharedCount();
        request(allowance, shared);
        request(allowance, shared);
        request(allowance, shared);
        int roundTrips = shared.roundTrips;

        for (int i = 0; i < 100; i++) {
            assertThat(request(allowance, shared).admitted()).isFalse();
        }

        assertThat(shared.roundTrips).isEqualTo(roundTrips);
    }

    @Test
    void what_another_instance_took_first_comes_first() {
        SharedCount shared = new SharedCount();
        Allowance first = allowance(5);
        Allowance second = allowance(5);

        for (int i = 0; i < 3; i++) {
            assertThat(request(first, shared).admitted()).isTrue();
        }
        assertThat(request(second, shared).admitted()).isTrue();
        assertThat(request(second, shared).admitted()).isTrue();

        assertThat(request(first, shared).admitted()).isFalse();
        assertThat(request(second, shared).admitted()).isFalse();
    }

    @Test
    void instances_sharing_a_count_never_admit_more_than_the_limit_together_and_leave_at_most_a_lease_each_unused() {
        Random random = new Random(24);
        for (int run = 0; run < 200; run++) {
            long limit = 1 + random.nextInt(2000);
            int instances = 1 + random.nextInt(5);
            SharedCount shared = new SharedCount();
            List<Allowance> allowances = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                allowances.add(allowance(limit));
            }
            long admitted = 0;
            long largestLease = Math.max(1, Math.min(Allowance.LARGEST_LEASE, limit / Allowance.SHARE));
            for (int i = 0; i < 3 * limit; i++) {
                // The load balancer sends each request anywhere, then (the worst case) only to the first.
                int instance = i < limit / 2 ? random.nextInt(instances) : 0;
                if (request(allowances.get(instance), shared).admitted()) {
                    admitted++;
                }
            }

            assertThat(admitted)
                    .as("admitted of %d on %d instances", limit, instances)
                    .isLessThanOrEqualTo(limit);
            assertThat(admitted)
                    .as("admitted of %d on %d instances", limit, instances)
                    .isGreaterThanOrEqualTo(limit - (instances - 1) * largestLease);
        }
    }
}
