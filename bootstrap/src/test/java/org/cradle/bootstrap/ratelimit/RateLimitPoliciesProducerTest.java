package org.cradle.bootstrap.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.cradle.application.ratelimit.RateLimitPolicies;
import org.cradle.domain.ratelimit.OperationClass;
import org.junit.jupiter.api.Test;

class RateLimitPoliciesProducerTest {

    private static RateLimitPolicies from(Map<String, String> settings) {
        SmallRyeConfig config =
                new SmallRyeConfigBuilder().withDefaultValues(settings).build();
        return new RateLimitPoliciesProducer().rateLimitPolicies(config);
    }

    @Test
    void without_settings_the_shipped_limits_are_on() {
        RateLimitPolicies policies = from(Map.of());

        assertThat(policies.enabled()).isTrue();
        assertThat(policies.of(OperationClass.READ).limit()).isEqualTo(600);
        assertThat(policies.of(OperationClass.READ).window()).isEqualTo(Duration.ofMinutes(1));
        assertThat(policies.of(OperationClass.WRITE).limit()).isEqualTo(120);
        assertThat(policies.of(OperationClass.EXPORT).window()).isEqualTo(Duration.ofHours(1));
        assertThat(policies.of(OperationClass.INGEST).limit()).isEqualTo(1200);
    }

    @Test
    void each_class_is_set_on_its_own_and_the_switch_turns_all_off() {
        RateLimitPolicies policies = from(Map.of(
                "cradle.rate-limit.enabled", "false",
                "cradle.rate-limit.exports.limit", "5",
                "cradle.rate-limit.exports.window", "PT24H"));

        assertThat(policies.enabled()).isFalse();
        assertThat(policies.of(OperationClass.EXPORT).limit()).isEqualTo(5);
        assertThat(policies.of(OperationClass.EXPORT).window()).isEqualTo(Duration.ofDays(1));
        assertThat(policies.of(OperationClass.READ).limit()).isEqualTo(600);
    }

    @Test
    void a_setting_no_limit_can_have_stops_the_start_naming_it() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> from(Map.of("cradle.rate-limit.writes.limit", "0")))
                .withMessageStartingWith("cradle.rate-limit.writes.limit: ");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> from(Map.of("cradle.rate-limit.reads.window", "PT0.5S")))
                .withMessageStartingWith("cradle.rate-limit.reads.window: ");
    }
}
