package org.cradle.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cradle.domain.InvalidValueException;
import org.cradle.domain.StaleVersionException;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final Instant REGISTERED = Instant.parse("2026-01-05T09:00:00Z");
    private static final PersonId ID = new PersonId(UUID.fromString("6f1c2b7e-2d4a-4c1e-9a53-0b9e8d7c6a51"));

    private static final PersonName AMARA = new PersonName("Amara", "Okafor");
    private static final LifeDates BORN_2025 = new LifeDates(LocalDate.of(2025, 3, 14), null);
    private static final NhsNumber NHS_NUMBER = new NhsNumber("9434765919");

    @Test
    void a_newly_registered_person_holds_what_was_recorded_at_version_zero() {
        Person person = Person.register(ID, AMARA, BORN_2025, NHS_NUMBER, TODAY, NOW);

        assertThat(person.id()).isEqualTo(ID);
        assertThat(person.name()).isEqualTo(AMARA);
        assertThat(person.lifeDates()).isEqualTo(BORN_2025);
        assertThat(person.nhsNumber()).contains(NHS_NUMBER);
        assertThat(person.registeredAt()).isEqualTo(NOW);
        assertThat(person.version()).isZero();
    }

    @Test
    void a_person_may_be_registered_without_an_nhs_number() {
        Person person = Person.register(ID, AMARA, BORN_2025, null, TODAY, NOW);

        assertThat(person.nhsNumber()).isEmpty();
    }

    @Test
    void a_person_cannot_be_registered_as_born_after_today() {
        LifeDates notYetBorn = new LifeDates(TODAY.plusDays(1), null);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Person.register(ID, AMARA, notYetBorn, null, TODAY, NOW))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("dateOfBirth", "not-in-future");
    }

    @Test
    void a_person_born_today_can_be_registered() {
        Person person = Person.register(ID, AMARA, new LifeDates(TODAY, null), null, TODAY, NOW);

        assertThat(person.lifeDates().dateOfBirth()).isEqualTo(TODAY);
    }

    @Test
    void a_stored_person_comes_back_as_it_was_stored() {
        Person person = Person.reconstitute(ID, AMARA, BORN_2025, NHS_NUMBER, REGISTERED, 7);

        assertThat(person.registeredAt()).isEqualTo(REGISTERED);
        assertThat(person.version()).isEqualTo(7);
        assertThat(person.nhsNumber()).contains(NHS_NUMBER);
    }

    @Test
    void details_are_corrected_by_a_caller_holding_the_current_version() {
        Person person = Person.reconstitute(ID, AMARA, BORN_2025, null, REGISTERED, 3);
        PersonName corrected = new PersonName("Amarachi", "Okafor");
        LifeDates correctedDates = new LifeDates(LocalDate.of(2025, 3, 15), null);

        person.correctDetails(3, corrected, correctedDates, NHS_NUMBER, TODAY);

        assertThat(person.name()).isEqualTo(corrected);
        assertThat(person.lifeDates()).isEqualTo(correctedDates);
        assertThat(person.nhsNumber()).contains(NHS_NUMBER);
    }

    @Test
    void a_correction_can_record_a_death() {
        Person person = Person.reconstitute(ID, AMARA, BORN_2025, NHS_NUMBER, REGISTERED, 0);
        LifeDates died = new LifeDates(BORN_2025.dateOfBirth(), LocalDate.of(2026, 11, 20));

        person.correctDetails(0, AMARA, died, NHS_NUMBER, TODAY);

        assertThat(person.lifeDates().death()).contains(LocalDate.of(2026, 11, 20));
    }

    @Test
    void a_correction_can_remove_a_wrongly_recorded_nhs_number() {
        Person person = Person.reconstitute(ID, AMARA, BORN_2025, NHS_NUMBER, REGISTERED, 0);

        person.correctDetails(0, AMARA, BORN_2025, null, TODAY);

        assertThat(person.nhsNumber()).isEmpty();
    }

    @Test
    void refuses_a_correction_made_from_an_out_of_date_copy() {
        Person person = Person.reconstitute(ID, AMARA, BORN_2025, NHS_NUMBER, REGISTERED, 3);

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> person.correctDetails(2, new PersonName("Someone", "Else"), BORN_2025, null, TODAY))
                .satisfies(e -> assertThat(e.code()).isEqualTo("stale-version"));
        assertThat(person.name()).isEqualTo(AMARA);
        assertThat(person.nhsNumber()).contains(NHS_NUMBER);
    }

    @Test
    void refuses_a_correction_that_puts_the_date_of_death_in_the_future() {
        Person person = Person.reconstitute(ID, AMARA, BORN_2025, NHS_NUMBER, REGISTERED, 0);
        LifeDates diesTomorrow = new LifeDates(BORN_2025.dateOfBirth(), TODAY.plusDays(1));

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> person.correctDetails(0, AMARA, diesTomorrow, NHS_NUMBER, TODAY))
                .extracting(InvalidValueException::field, InvalidValueException::rule)
                .containsExactly("dateOfDeath", "not-in-future");
    }

    @Test
    void a_refused_correction_leaves_the_person_unchanged() {
        Person person = Person.reconstitute(ID, AMARA, BORN_2025, NHS_NUMBER, REGISTERED, 0);
        LifeDates diesTomorrow = new LifeDates(BORN_2025.dateOfBirth(), TODAY.plusDays(1));

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(
                        () -> person.correctDetails(0, new PersonName("Someone", "Else"), diesTomorrow, null, TODAY));

        assertThat(person.name()).isEqualTo(AMARA);
        assertThat(person.lifeDates()).isEqualTo(BORN_2025);
        assertThat(person.nhsNumber()).contains(NHS_NUMBER);
    }
}
