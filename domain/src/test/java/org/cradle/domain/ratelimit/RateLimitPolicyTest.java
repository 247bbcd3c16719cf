package org.cradle.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.actor.Actor;
import org.cradle.domain.actor.IntegrationClient;
import org.cradle.domain.actor.Role;
import org.cradle.domain.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

class RateLimitPolicyTest {

    private static final RateLimitPolicy READS = new RateLimitPolicy(OperationClass.READ, 600, Duration.ofMinutes(1));

    @Test
    void windows_are_fixed_and_start_on_whole_multiples_of_their_length_so_every_instance_agrees() {
        RateLimitWindow window = READS.windowAt(Instant.parse("2026-12-03T10:15:42.250Z"));

        assertThat(window.start()).isEqualTo(Instant.parse("2026-12-03T10:15:00Z"));
        assertThat(window.end()).isEqualTo(Instant.parse("2026-12-03T10:16:00Z"));
        assertThat(READS.windowAt(Instant.parse("2026-12-03T10:15:00Z"))).isEqualTo(window);
        assertThat(READS.windowAt(Instant.parse("2026-12-03T10:16:00Z")).start())
                .isEqualTo(window.end());
        assertThat(new RateLimitPolicy(OperationClass.EXPORT, 20, Duration.ofHours(1))
                        .windowAt(Instant.parse("2026-12-03T10:15:42Z"))
                        .start())
                .isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
    }

    @Test
    void the_seconds_to_the_reset_are_rounded_up_so_that_waiting_them_reaches_the_next_window() {
        RateLimitWindow window = READS.windowAt(Instant.parse("2026-12-03T10:15:00Z"));

        assertThat(window.secondsLeftAt(Instant.parse("2026-12-03T10:15:00Z"))).isEqualTo(60);
        assertThat(window.secondsLeftAt(Instant.parse("2026-12-03T10:15:42.250Z")))
                .isEqualTo(18);
        assertThat(window.secondsLeftAt(Instant.parse("2026-12-03T10:15:59.999Z")))
                .isEqualTo(1);
        assertThat(window.contains(Instant.parse("2026-12-03T10:16:00Z"))).isFalse();
    }

    @Test
    void a_limit_is_at_least_one_request_and_a_window_whole_seconds_up_to_a_day() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new RateLimitPolicy(OperationClass.READ, 0, Duration.ofMinutes(1)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("reads.limit"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new RateLimitPolicy(OperationClass.WRITE, 10, Duration.ofMillis(1500)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("writes.window"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new RateLimitPolicy(OperationClass.EXPORT, 10, Duration.ofDays(2)));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new RateLimitPolicy(OperationClass.INGEST, 10, Duration.ZERO));
        assertThat(new RateLimitPolicy(OperationClass.INGEST, 1, Duration.ofDays(1)).limit())
                .isEqualTo(1);
    }

    @Test
    void a_practitioner_is_counted_by_subject_and_an_integration_client_by_its_client_id_each_kind_apart() {
        OrganisationId north = new OrganisationId("north-council");
        Actor practitioner = Actor.practitioner("lab-system", north, Set.of(Role.PRACTITIONER));
        Actor client = new IntegrationClient("lab-system", north, Set.of());

        assertThat(LimitedClient.of(practitioner))
                .isEqualTo(LimitedClient.of(
                        Actor.practitioner("lab-system", new OrganisationId("south-council"), Set.of(Role.AUDITOR))));
        assertThat(LimitedClient.of(client)).isNotEqualTo(LimitedClient.of(practitioner));
        assertThat(LimitedClient.of(client).key()).isEqualTo("INTEGRATION_CLIENT:lab-system");
    }

    @Test
    void each_class_is_named_as_the_headers_and_settings_name_it() {
        assertThat(OperationClass.READ.policyName()).isEqualTo("reads");
        assertThat(OperationClass.WRITE.policyName()).isEqualTo("writes");
        assertThat(OperationClass.EXPORT.policyName()).isEqualTo("exports");
        assertThat(OperationClass.INGEST.policyName()).isEqualTo("ingest");
    }
}
