package org.cradle.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import org.cradle.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class LifeDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void a_living_person_has_a_date_of_birth_and_no_date_of_death() {
        LifeDates dates = new LifeDates(LocalDate.of(2025, 3, 14), null);

        assertThat(dates.dateOfBirth()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(dates.death()).isEmpty();
    }

    @Test
    void a_person_who_has_died_has_a_date_of_death() {
        LifeDates dates = new LifeDates(LocalDate.of(1950, 1, 1), LocalDate.of(2024, 6, 30));

        assertThat(dates.death()).contains(LocalDate.of(2024, 6, 30));
    }

    @Test
    void requires_a_date_of_birth() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new LifeDates(null, null))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("dateOfBirth", "required");
    }

    @Test
    void refuses_a_date_of_death_before_the_date_of_birth() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new LifeDates(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("dateOfDeath", "not-before-date-of-birth");
    }

    @Test
    void allows_a_baby_to_be_born_and_die_on_the_same_day() {
        LocalDate day = LocalDate.of(2026, 5, 1);

        assertThat(new LifeDates(day, day).death()).contains(day);
    }

    @Test
    void accepts_dates_up_to_and_including_today() {
        LifeDates dates = new LifeDates(TODAY, TODAY);

        assertThat(dates.notAfter(TODAY)).isSameAs(dates);
    }

    @Test
    void refuses_a_date_of_birth_in_the_future() {
        LifeDates dates = new LifeDates(TODAY.plusDays(1), null);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> dates.notAfter(TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("dateOfBirth", "not-in-future");
    }

    @Test
    void refuses_a_date_of_death_in_the_future() {
        LifeDates dates = new LifeDates(LocalDate.of(1950, 1, 1), TODAY.plusDays(1));

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> dates.notAfter(TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("dateOfDeath", "not-in-future");
    }
}
