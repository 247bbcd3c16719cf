package org.cradle.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import org.cradle.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class EpisodePeriodTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    @Test
    void a_period_without_a_closing_date_is_open() {
        EpisodePeriod period = new EpisodePeriod(OPENED, null, null);

        assertThat(period.isOpen()).isTrue();
        assertThat(period.closed()).isEmpty();
    }

    @Test
    void a_period_with_a_closing_date_is_closed() {
        EpisodePeriod period = new EpisodePeriod(OPENED, LocalDate.of(2026, 7, 31), "Goals met");

        assertThat(period.isOpen()).isFalse();
        assertThat(period.closed()).contains(LocalDate.of(2026, 7, 31));
    }

    @Test
    void a_period_may_close_on_the_day_it_opened() {
        assertThat(new EpisodePeriod(OPENED, OPENED, null).closed()).contains(OPENED);
    }

    @Test
    void a_period_cannot_close_before_it_opened() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new EpisodePeriod(OPENED, OPENED.minusDays(1), null))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("closedOn", "not-before-opened-on");
    }

    @Test
    void a_period_requires_the_date_it_opened() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> new EpisodePeriod(null, null, null));
    }
}
