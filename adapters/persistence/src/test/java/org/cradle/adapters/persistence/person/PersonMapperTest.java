package org.cradle.adapters.persistence.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;
import org.junit.jupiter.api.Test;

class PersonMapperTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void a_person_with_every_detail_survives_the_round_trip() {
        Person person = Person.register(
                PersonId.newId(),
                new PersonName("Tom", "Okafor"),
                new LifeDates(LocalDate.of(1950, 1, 1), LocalDate.of(2026, 1, 1)),
                new NhsNumber("9434765919"),
                TODAY,
                AT);

        assertThat(PersonMapper.toDomain(PersonMapper.copy(person, new PersonEntity())))
                .usingRecursiveComparison()
                .isEqualTo(person);
    }

    @Test
    void a_person_without_nhs_number_or_death_survives_the_round_trip() {
        Person person = Person.register(
                PersonId.newId(), new PersonName("Amara", "Bell"), new LifeDates(TODAY, null), null, TODAY, AT);

        PersonEntity row = PersonMapper.copy(person, new PersonEntity());

        assertThat(row.nhsNumber).isNull();
        assertThat(PersonMapper.toDomain(row)).usingRecursiveComparison().isEqualTo(person);
    }
}
