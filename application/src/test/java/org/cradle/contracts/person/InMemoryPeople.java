package org.cradle.contracts.person;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cradle.application.person.People;
import org.cradle.domain.ConflictException;
import org.cradle.domain.StaleVersionException;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;

/** People in memory: each NHS number held once, and a change refused unless made to the version stored. */
public final class InMemoryPeople implements People {

    private final Map<PersonId, Person> people = new LinkedHashMap<>();

    @Override
    public Optional<Person> find(PersonId id) {
        return Optional.ofNullable(people.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public List<Person> findAll(Collection<PersonId> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<Person> findByNhsNumber(NhsNumber nhsNumber) {
        return people.values().stream()
                .filter(p -> p.nhsNumber().filter(nhsNumber::equals).isPresent())
                .findFirst()
                .map(p -> copy(p, p.version()));
    }

    @Override
    public void add(Person person) {
        refuseHeldNhsNumber(person);
        people.put(person.id(), copy(person, person.version()));
    }

    @Override
    public Person update(Person person) {
        Person stored = people.get(person.id());
        if (stored == null) {
            throw new IllegalStateException("update of a person never added: " + person.id());
        }
        if (stored.version() != person.version()) {
            throw new StaleVersionException("person", person.id(), person.version(), stored.version());
        }
        refuseHeldNhsNumber(person);
        Person next = copy(person, person.version() + 1);
        people.put(person.id(), next);
        return copy(next, next.version());
    }

    private void refuseHeldNhsNumber(Person person) {
        boolean held = person.nhsNumber()
                .map(number -> people.values().stream()
                        .anyMatch(other -> !other.id().equals(person.id())
                                && other.nhsNumber().filter(number::equals).isPresent()))
                .orElse(false);
        if (held) {
            throw new ConflictException(
                    "nhs-number-already-registered", "Another person already holds this NHS number.");
        }
    }

    private static Person copy(Person person, long version) {
        return Person.reconstitute(
                person.id(),
                person.name(),
                person.lifeDates(),
                person.nhsNumber().orElse(null),
                person.registeredAt(),
                version);
    }
}
