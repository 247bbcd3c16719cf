package org.cradle.domain.breakglass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import org.cradle.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class BreakGlassDurationTest {

    @Test
    void the_default_is_a_day() {
        assertThat(BreakGlassDuration.DEFAULT.value()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void an_access_expires_the_duration_after_it_is_granted() {
        assertThat(new BreakGlassDuration(Duration.ofHours(8)).expiryOf(Instant.parse("2026-11-21T22:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-22T06:00:00Z"));
    }

    @Test
    void a_duration_is_positive() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new BreakGlassDuration(Duration.ZERO))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("positive"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new BreakGlassDuration(Duration.ofHours(-1)));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new BreakGlassDuration(null));
    }

    @Test
    void a_duration_is_at_most_a_week_because_longer_access_is_a_referral() {
        assertThat(new BreakGlassDuration(Duration.ofDays(7)).value()).isEqualTo(Duration.ofDays(7));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new BreakGlassDuration(Duration.ofDays(7).plusSeconds(1)))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("max-break-glass-duration"));
    }
}
