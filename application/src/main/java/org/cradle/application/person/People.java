package org.cradle.application.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cradle.domain.RecordNotFoundException;
import org.cradle.domain.person.NhsNumber;
import org.cradle.domain.person.Person;
import org.cradle.domain.person.PersonId;

/** The people Cradle holds records about, each once whatever the number of families they belong to. */
public interface People {

    Optional<Person> find(PersonId id);

    /** The person, or a not-found error naming them. */
    default Person require(PersonId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("person", id));
    }

    /** The people with these ids, in the order of the ids; unknown ids are skipped. */
    List<Person> findAll(Collection<PersonId> ids);

    Optional<Person> findByNhsNumber(NhsNumber nhsNumber);

    /** Stores a new person; refuses with a conflict if their NHS number is already held. */
    void add(Person person);

    /** Stores a changed person and returns them as stored, with the new version; refuses with a stale-version error if they changed meanwhile. */
    Person update(Person person);
}
