package org.cradle.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cradle.application.ratelimit.RateLimitCounters;
import org.cradle.domain.ratelimit.LimitedClient;
import org.cradle.domain.ratelimit.OperationClass;
import org.junit.jupiter.api.Test;

/** The shared rate-limit count in PostgreSQL (V28, ADR 24), as the limiter of every instance sees it. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RateLimitCountersTest {

    private static final Instant WINDOW = Instant.parse("2026-12-03T10:15:00Z");
    private static final Instant NEXT_WINDOW = WINDOW.plusSeconds(60);

    @Inject
    RateLimitCounters counters;

    private static LimitedClient someone() {
        return new LimitedClient("PRACTITIONER:counted-" + UUID.randomUUID());
    }

    @Test
    void leases_add_up_per_client_class_and_window_and_a_later_window_starts_again() {
        LimitedClient client = someone();

        assertThat(counters.take(client, OperationClass.READ, WINDOW, 5)).isEqualTo(5);
        assertThat(counters.take(client, OperationClass.READ, WINDOW, 3)).isEqualTo(8);
        assertThat(counters.take(client, OperationClass.WRITE, WINDOW, 1)).isEqualTo(1);
        assertThat(counters.take(someone(), OperationClass.READ, WINDOW, 2)).isEqualTo(2);

        assertThat(counters.take(client, OperationClass.READ, NEXT_WINDOW, 2)).isEqualTo(2);
        // An instance whose clock is behind asks for the window that has ended: counted in the new one.
        assertThat(counters.take(client, OperationClass.READ, WINDOW, 4)).isEqualTo(6);
    }

    @Test
    void what_is_taken_stays_taken_even_if_the_callers_transaction_rolls_back() {
        LimitedClient client = someone();

        assertThatIllegalStateException()
                .isThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    counters.take(client, OperationClass.READ, WINDOW, 10);
                    throw new IllegalStateException("the use case fails and its transaction rolls back");
                }));

        assertThat(counters.take(client, OperationClass.READ, WINDOW, 1)).isEqualTo(11);
    }

    @Test
    void instances_taking_at_once_each_see_the_others_leases_and_none_is_lost() throws Exception {
        LimitedClient client = someone();
        ExecutorService instances = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Long>>> taken = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                taken.add(instances.submit(() -> {
                    List<Long> seen = new ArrayList<>();
                    for (int lease = 0; lease < 50; lease++) {
                        seen.add(counters.take(client, OperationClass.READ, WINDOW, 1));
                    }
                    return seen;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> instance : taken) {
                all.addAll(instance.get());
            }

            // Every lease saw a count of its own: none was counted twice, none lost.
            assertThat(all).doesNotHaveDuplicates().hasSize(400);
            assertThat(all.stream().mapToLong(Long::longValue).max()).hasValue(400);
        } finally {
            instances.shutdownNow();
        }
    }
}
