package org.cradle.adapters.persistence.person;

import org.cradle.domain.person.LifeDates;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;
import org.cradle.domain.person.PersonName;

/** Translates between a person and their row. */
final class PersonMapper {

    private PersonMapper() {}

    static Person toDomain(PersonEntity entity) {
        return Person.reconstitute(
                new PersonId(entity.id),
                new PersonName(entity.givenName, entity.familyName),
                new LifeDates(entity.dateOfBirth, entity.dateOfDeath),
                entity.nhsNumber == null ? null : new NhsNumber(entity.nhsNumber),
                entity.registeredAt,
                entity.version);
    }

    /** Copies the person onto a new or managed entity; the version is Hibernate's to keep. */
    static PersonEntity copy(Person person, PersonEntity entity) {
        entity.id = person.id().value();
        entity.givenName = person.name().givenName();
        entity.familyName = person.name().familyName();
        entity.dateOfBirth = person.lifeDates().dateOfBirth();
        entity.dateOfDeath = person.lifeDates().dateOfDeath();
        entity.nhsNumber = person.nhsNumber().map(NhsNumber::value).orElse(null);
        entity.registeredAt = person.registeredAt();
        return entity;
    }
}
