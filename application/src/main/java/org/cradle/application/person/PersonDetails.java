package org.cradle.application.person;

import java.util.List;
import org.cradle.domain.family.FamilyId;
import org.cradle.domain.person.Person;

/** A person and the families they belong to. */
public record PersonDetails(Person person, List<FamilyId> families) {

    public PersonDetails {
        families = List.copyOf(families);
    }
}
