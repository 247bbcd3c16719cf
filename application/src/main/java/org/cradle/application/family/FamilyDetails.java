package org.cradle.application.family;

import java.util.List;
import org.cradle.domain.family.Family;
import org.cradle.domain.person.Person;

/** A family with the people who belong to it, as a practitioner sees it. */
public record FamilyDetails(Family family, List<Person> people) {

    public FamilyDetails {
        people = List.copyOf(people);
    }
}
