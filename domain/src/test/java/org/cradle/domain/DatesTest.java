package org.cradle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2026-03-14", "2199-12-31"})
    void accepts_every_date_in_the_window_including_its_ends(String day) {
        assertThat(Dates.within("on", LocalDate.parse(day))).isEqualTo(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2200-01-01", "-5000-01-01", "+99999-01-01"})
    void refuses_dates_outside_the_window_naming_the_field(String day) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Dates.within("reviewBy", LocalDate.parse(day)))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("reviewBy", "date-window");
    }

    @Test
    void a_review_may_fall_due_at_most_the_maximum_period_after_the_start() {
        ReviewPeriod year = new ReviewPeriod(Period.ofYears(1));
        LocalDate from = LocalDate.of(2026, 3, 14);

        assertThat(year.requireWithin("reviewBy", from, LocalDate.of(2027, 3, 14)))
                .isEqualTo(LocalDate.of(2027, 3, 14));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> year.requireWithin("reviewBy", from, LocalDate.of(2027, 3, 15)))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("reviewBy", "max-review-period");
    }

    @Test
    void a_review_period_must_be_positive() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new ReviewPeriod(Period.ZERO));
    }
}
