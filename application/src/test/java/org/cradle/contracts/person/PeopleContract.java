package org.cradle.contracts.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cradle.application.person.People;
import org.cradle.contracts.PortContract;
import org.cradle.domain.ConflictException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;
import org.junit.jupiter.api.Test;

/**
 * What every store of people does: each person once, found by id or NHS number, many at once in the
 * order asked; an NHS number held by one person only; a change stored only onto the version it was
 * made from, and returned with the next.
 */
public abstract class PeopleContract extends PortContract {

    private static final Instant AT = at("2026-03-01T09:00:00Z");

    protected abstract People people();

    @Test
    void a_person_is_found_by_id_and_by_nhs_number_and_several_in_the_order_asked() {
        Person ada = person("Ada", freshNhsNumber());
        Person ben = person("Ben", null);
        transaction(() -> {
            people().add(ada);
            people().add(ben);
        });

        assertThat(transaction(() -> people().find(ada.id()))).hasValueSatisfying(found -> {
            assertThat(found.name()).isEqualTo(ada.name());
            assertThat(found.lifeDates()).isEqualTo(ada.lifeDates());
            assertThat(found.nhsNumber()).isEqualTo(ada.nhsNumber());
            assertThat(found.version()).isEqualTo(ada.version());
        });
        assertThat(transaction(() -> people().findByNhsNumber(ada.nhsNumber().orElseThrow())))
                .map(Person::id)
                .contains(ada.id());
        assertThat(transaction(() -> people().findAll(List.of(ben.id(), PersonId.newId(), ada.id()))))
                .extracting(Person::id)
                .as("unknown ids skipped")
                .containsExactly(ben.id(), ada.id());
        assertThat(transaction(() -> people().find(PersonId.newId()))).isEmpty();
        assertThat(transaction(() -> people().findByNhsNumber(freshNhsNumber())))
                .isEmpty();
    }

    @Test
    void an_nhs_number_already_held_is_refused_as_a_conflict() {
        NhsNumber number = freshNhsNumber();
        transaction(() -> people().add(person("Ada", number)));

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> transaction(() -> people().add(person("Another", number))))
                .satisfies(e -> assertThat(e.code()).isEqualTo("nhs-number-already-registered"));
    }

    @Test
    void a_change_is_stored_onto_the_version_it_was_made_from_and_a_stale_one_is_refused() {
        Person ada = person("Ada", null);
        transaction(() -> people().add(ada));
        Person read = transaction(() -> people().require(ada.id()));
        Person renamed = Person.reconstitute(
                read.id(),
                new PersonName("Adaeze", "Okafor"),
                read.lifeDates(),
                null,
                read.registeredAt(),
                read.version());

        Person stored = transaction(() -> people().update(renamed));

        assertThat(stored.version()).isEqualTo(read.version() + 1);
        assertThat(transaction(() -> people().require(ada.id())).name().givenName())
                .isEqualTo("Adaeze");
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> transaction(() -> people().update(renamed)));
    }

    private static Person person(String given, NhsNumber nhsNumber) {
        return Person.reconstitute(
                PersonId.newId(),
                new PersonName(given, "Okafor-" + UUID.randomUUID().toString().substring(0, 6)),
                new LifeDates(LocalDate.of(1994, 4, 4), null),
                nhsNumber,
                AT,
                0);
    }
}
